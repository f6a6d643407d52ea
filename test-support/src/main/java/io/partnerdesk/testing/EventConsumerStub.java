package io.partnerdesk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.partnerdesk.problem.ProblemType;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for messagecenter-service's {@code POST /internal/v1/events} (on 127.0.0.1, a free port) and turns the
 * service's outbox relay on against it, with short poll and backoff intervals so tests do not wait. By default it
 * answers as the real endpoint does (its answers are checked against messagecenter-service's OpenAPI document by
 * {@code EventConsumerStubContractTest}): 401 without a bearer token, 403 without the {@code service} role, 201 with
 * a receipt the first time an event id arrives and 200 with the same receipt on a redelivery. Tests script failures
 * through the injected server ({@link InjectEventConsumer}) with stubs of a higher priority.
 */
public class EventConsumerStub implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/internal/v1/events";
    private static final String TRANSFORMER = "event-consumer";

    /** Marks a test field of type {@link WireMockServer} that receives the stub consumer. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)
    public @interface InjectEventConsumer {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = started();
        return Map.of(
                "partnerdesk.outbox.consumer-url", "http://127.0.0.1:" + server.port() + PATH,
                "partnerdesk.outbox.relay.enabled", "true",
                "partnerdesk.outbox.relay.poll-interval", "200ms",
                "partnerdesk.outbox.relay.initial-backoff", "100ms",
                "partnerdesk.outbox.relay.max-backoff", "400ms");
    }

    /** A running consumer on 127.0.0.1 and a free port, answering as the real one; the caller stops it. */
    public static WireMockServer started() {
        WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new RealConsumer()));
        server.start();
        acceptEverything(server);
        return server;
    }

    /** The default answers, as messagecenter-service gives them; scripted stubs are removed. */
    public static void acceptEverything(WireMockServer server) {
        server.resetAll();
        server.stubFor(post(urlEqualTo(PATH)).atPriority(10).willReturn(aResponse().withTransformers(TRANSFORMER)));
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

    /** The real endpoint's rules: who may post, and a receipt that says whether the event was new. */
    private static final class RealConsumer implements ResponseDefinitionTransformerV2 {

        private static final ObjectMapper JSON = new ObjectMapper();
        private final Set<String> received = ConcurrentHashMap.newKeySet();

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            var request = serveEvent.getRequest();
            BearerClaims caller = BearerClaims.of(request.getHeader("Authorization"));
            if (caller == null) {
                return ProblemBodies.response(ProblemType.UNAUTHORIZED, "A valid bearer access token is required.")
                        .build();
            }
            if (!caller.hasRole("service")) {
                return ProblemBodies
                        .response(ProblemType.FORBIDDEN, "Your role does not allow this operation.").build();
            }
            String eventId;
            try {
                JsonNode envelope = JSON.readTree(request.getBodyAsString());
                eventId = envelope.path("id").asText(null);
            } catch (java.io.IOException e) {
                eventId = null;
            }
            if (eventId == null) {
                return ProblemBodies.response(ProblemType.VALIDATION, "id: must not be null").build();
            }
            boolean first = received.add(eventId);
            return new ResponseDefinitionBuilder().withStatus(first ? 201 : 200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"eventId\":\"" + eventId + "\",\"messageIds\":[]}").build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }
    }
}
