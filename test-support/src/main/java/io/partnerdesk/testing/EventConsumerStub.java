package io.partnerdesk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for messagecenter-service's {@code POST /internal/v1/events} (on 127.0.0.1, a free port) and turns the
 * service's outbox relay on against it, with short poll and backoff intervals so tests do not wait. By default it
 * answers 201; tests script failures through the injected server ({@link InjectEventConsumer}).
 */
public class EventConsumerStub implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/internal/v1/events";

    /** Marks a test field of type {@link WireMockServer} that receives the stub consumer. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)
    public @interface InjectEventConsumer {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        acceptEverything(server);
        return Map.of(
                "partnerdesk.outbox.consumer-url", "http://127.0.0.1:" + server.port() + PATH,
                "partnerdesk.outbox.relay.enabled", "true",
                "partnerdesk.outbox.relay.poll-interval", "200ms",
                "partnerdesk.outbox.relay.initial-backoff", "100ms",
                "partnerdesk.outbox.relay.max-backoff", "400ms");
    }

    /** The default answer: every event accepted (201). */
    public static void acceptEverything(WireMockServer server) {
        server.resetAll();
        server.stubFor(post(urlEqualTo(PATH)).atPriority(10).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectEventConsumer.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
