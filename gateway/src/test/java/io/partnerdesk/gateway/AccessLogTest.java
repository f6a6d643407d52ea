package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The access line is Quarkus's access log with the gateway's own fields: route, caller and request id, the path
 * without its query, never the token.
 */
@QuarkusTest
class AccessLogTest {

    private static final Logger ACCESS_LOG = Logger.getLogger("io.quarkus.http.access-log");

    @InjectStubs
    Stubs stubs;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureAccessLines() {
        stubs.get("subscriptions").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("[]")));
        ACCESS_LOG.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        ACCESS_LOG.removeHandler(capture);
    }

    @Test
    @DisplayName("a routed call's line: method, path, route, status, duration, request id, caller; no query, no token")
    void routedCall() {
        String token = Tokens.partner("gw-access-log");
        Api.as(token).header("X-Request-Id", "access-log-1").queryParam("search", "secret-term").get("/api/v1/offers")
                .then().statusCode(200);

        String line = line("access-log-1");
        assertThat(line).matches("GET /api/v1/offers route=/api/v1/offers status=200 duration=\\d+ms"
                + " requestId=access-log-1 caller=partner:gw-access-log");
        assertThat(line).doesNotContain(token).doesNotContain("secret-term");
    }

    @Test
    @DisplayName("a refused call's line: no route, no caller, the id the gateway gave the request")
    void refusedCall() {
        String requestId = Api.as("not-a-token").get("/api/v1/offers").then().statusCode(401).extract()
                .header("X-Request-Id");

        assertThat(line(requestId)).matches("GET /api/v1/offers route=- status=401 duration=\\d+ms requestId="
                + requestId + " caller=-");
    }

    private String line(String requestId) {
        return Awaitility.await("the access line of " + requestId).atMost(Duration.ofSeconds(5))
                .until(() -> lines.stream().filter(l -> l.contains("requestId=" + requestId + " ")).findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}
