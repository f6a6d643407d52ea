package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.partnerdesk.tracing.UnexportedSpans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With OTEL_EXPORTER_OTLP_ENDPOINT set (here: the keys it sets, pointing at an OTLP/HTTP receiver on loopback), spans
 * are sent there and {@link UnexportedSpans} steps aside; {@link UnexportedSpansTest} shows the default.
 */
@QuarkusTest
@TestProfile(TraceExportTest.ToReceiver.class)
class TraceExportTest {

    /** Records the bodies of OTLP/HTTP trace exports; started before Quarkus, which is configured with its port. */
    static final class OtlpReceiver {
        static final List<byte[]> BODIES = new CopyOnWriteArrayList<>();
        static final HttpServer SERVER = start();

        private static HttpServer start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/v1/traces", exchange -> {
                    BODIES.add(exchange.getRequestBody().readAllBytes());
                    exchange.sendResponseHeaders(200, -1);
                    exchange.close();
                });
                server.start();
                return server;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static final class ToReceiver implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String endpoint = "http://127.0.0.1:" + OtlpReceiver.SERVER.getAddress().getPort();
            return Map.of("partnerdesk.traces.otlp-endpoint", endpoint,
                    "quarkus.otel.exporter.otlp.traces.endpoint", endpoint,
                    "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "quarkus.otel.bsp.schedule.delay", "PT0.1S");
        }
    }

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";

    @InjectStubs
    Stubs stubs;

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @AfterAll
    static void stopReceiver() {
        OtlpReceiver.SERVER.stop(0);
    }

    @Test
    @DisplayName("a call's spans reach the configured OTLP endpoint, with the caller's trace id")
    void spansAreExported() {
        assertThat(exporters.stream().filter(UnexportedSpans.class::isInstance)).isEmpty();
        stubs.get("subscriptions").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("[]")));

        Api.as(Tokens.partner("gw-export")).header("traceparent", "00-" + TRACE + "-b7ad6b7169203331-01")
                .get("/api/v1/offers").then().statusCode(200);

        // The protobuf body holds trace ids as their 16 raw bytes.
        byte[] traceId = HexFormat.of().parseHex(TRACE);
        Awaitility.await("an export with the caller's trace").atMost(Duration.ofSeconds(10))
                .until(() -> OtlpReceiver.BODIES.stream().anyMatch(body -> contains(body, traceId)));
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer : for (int i = 0; i + part.length <= body.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
