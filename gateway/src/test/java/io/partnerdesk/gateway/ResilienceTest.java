package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Timeouts, dead backends and circuit breakers, per backend. Time limits here are loose bounds against hangs, not
 * benchmarks; the benchmark measures latency.
 */
@QuarkusTest
class ResilienceTest {

    private static final String TOKEN = Tokens.partner("gw-resilience");
    /** Far below every timeout (0.5 s connect, 10 s response would be a hang here), above client-side hiccups. */
    private static final Duration HANG_BOUND = Duration.ofSeconds(2);

    @InjectStubs
    Stubs stubs;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL gateway;

    @BeforeEach
    void healthyBackends() {
        for (String name : new String[]{ "subscriptions", "messagecenter", "flaky" }) {
            stubs.get(name).resetAll();
            stubs.get(name).stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"ok\": true}")));
        }
        // Warms the test client up, so that the timings below measure the gateway rather than the first request.
        Api.as(TOKEN).get("/api/v1/offers").then().statusCode(200);
    }

    private static Duration timed(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Test
    @DisplayName("a backend slower than its response timeout is a 504 problem after the timeout, not a hang")
    void slowBackend() {
        stubs.get("messagecenter").stubFor(get(urlPathEqualTo("/api/v1/test-slow/report"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        Duration took = timed(() -> Api.as(TOKEN).get("/api/v1/test-slow/report").then().statusCode(504)
                .contentType("application/problem+json").body("type", endsWith("/gateway-timeout")));
        assertThat(took).isBetween(Duration.ofMillis(400), Duration.ofMillis(2500));
    }

    @Test
    @DisplayName("a dead backend is a 502 problem at once, and the other backends keep answering")
    void deadBackend() {
        Duration took = timed(() -> Api.as(TOKEN).get("/api/v1/test-dead/anything").then().statusCode(502)
                .contentType("application/problem+json").body("type", endsWith("/bad-gateway"))
                .body("detail", org.hamcrest.Matchers.containsString("dead")));
        // The goal is 100 ms (the gateway's access log shows ~16 ms). The bound only catches a hang: 1 s sat exactly on
        // a TCP retransmit interval of the test client and failed once, so it is 2 s, still far below any timeout.
        assertThat(took).isLessThan(HANG_BOUND);
        Api.as(TOKEN).get("/api/v1/offers").then().statusCode(200);
        Api.as(TOKEN).get("/api/v1/messages").then().statusCode(200);
    }

    @Test
    @DisplayName("a backend's own 503s open the breaker (503 without calling the backend); after its delay a probe closes it")
    void outageResponsesOpenTheBreaker() throws InterruptedException {
        stubs.get("flaky").resetAll();
        stubs.get("flaky").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5")
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 503}")));
        for (int i = 0; i < 3; i++) {
            // The backend's own outage answer passes through unchanged while the breaker counts it.
            Api.as(TOKEN).get("/api/v1/test-flaky/x").then().statusCode(503).header("Retry-After", "5");
        }
        Duration took = timed(() -> Api.as(TOKEN).get("/api/v1/test-flaky/x").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "1")
                .body("type", endsWith("/service-unavailable")));
        assertThat(took).isLessThan(HANG_BOUND);
        stubs.get("flaky").verify(3, anyRequestedFor(anyUrl()));
        Api.as(TOKEN).get("/api/v1/offers").then().statusCode(200);

        stubs.get("flaky").resetAll();
        stubs.get("flaky").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"ok\": true}")));
        // Once the breaker's open time (1 s in tests) is over, a trial call goes through and closes it again. Polled as
        // a caller of its own: the breaker is the backend's, and the polls must not use up TOKEN's rate limit.
        String probe = Tokens.partner("gw-breaker-probe");
        Awaitility.await("the breaker half-open").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> Api.as(probe).get("/api/v1/test-flaky/x").statusCode() == 200);
        Api.as(TOKEN).get("/api/v1/test-flaky/x").then().statusCode(200);
    }

    @Test
    @DisplayName("a run of 500s for one caller's bad requests never opens the breaker: other callers are still answered")
    void oneCallersErrorsAreNotAnOutage() {
        String hostile = Tokens.customer(java.util.UUID.fromString("33333333-3333-4333-8333-333333333333"));
        String other = Tokens.partner("gw-bystander");
        stubs.get("flaky").resetAll();
        stubs.get("flaky").stubFor(get(urlPathEqualTo("/api/v1/test-flaky/bad")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 500}")));
        stubs.get("flaky").stubFor(get(urlPathEqualTo("/api/v1/test-flaky/good")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\": true}")));
        // Three times the threshold: with 500s counted, the circuit would have opened after the third.
        for (int i = 0; i < 9; i++) {
            Api.as(hostile).get("/api/v1/test-flaky/bad").then().statusCode(500);
        }
        Api.as(other).get("/api/v1/test-flaky/good").then().statusCode(200).body("ok", equalTo(true));
        Api.as(hostile).get("/api/v1/test-flaky/good").then().statusCode(200);
        stubs.get("flaky").verify(11, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("a hung backend opens the breaker: after the threshold of timeouts, callers get 503 at once instead of waiting")
    void hungBackendOpensTheBreaker() {
        String token = Tokens.partner("gw-hung");
        stubs.get("flaky").resetAll();
        stubs.get("flaky").stubFor(any(urlPathEqualTo("/api/v1/test-hung/x")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(3000)));
        for (int i = 0; i < 3; i++) {
            Api.as(token).get("/api/v1/test-hung/x").then().statusCode(504).body("type", endsWith("/gateway-timeout"));
        }
        Duration took = timed(() -> Api.as(token).get("/api/v1/test-hung/x").then().statusCode(503)
                .header("Retry-After", "1").body("type", endsWith("/service-unavailable")));
        assertThat(took).isLessThan(Duration.ofMillis(400));
    }

    @Test
    @DisplayName("a dead backend opens the breaker: after the threshold of refused connections, 503 with Retry-After")
    void deadBackendOpensTheBreaker() {
        String token = Tokens.partner("gw-gone");
        for (int i = 0; i < 3; i++) {
            Api.as(token).get("/api/v1/test-gone/x").then().statusCode(502).body("type", endsWith("/bad-gateway"));
        }
        Api.as(token).get("/api/v1/test-gone/x").then().statusCode(503).header("Retry-After", "10")
                .body("type", endsWith("/service-unavailable"));
    }

    @Test
    @DisplayName("callers that hang up before the answer do not count against the backend's breaker")
    void callersHangingUpDoNotOpenTheBreaker() throws Exception {
        // A caller of its own, so that these calls do not use up the other tests' rate limit.
        String token = Tokens.partner("gw-hang-ups");
        stubs.get("flaky").resetAll();
        stubs.get("flaky").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(1500)
                .withBody("{\"ok\": true}")));
        // More hang-ups than the breaker's threshold (3 in tests): each caller sends its request and closes the socket.
        var slowCalls = com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/api/v1/test-flaky/slow"));
        for (int i = 0; i < 5; i++) {
            int reached = i + 1;
            try (java.net.Socket socket = new java.net.Socket(gateway.getHost(), gateway.getPort())) {
                socket.getOutputStream().write(("GET /api/v1/test-flaky/slow HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                // Hang up only once the gateway has passed the call on: then it is a call the breaker could count.
                Awaitility.await("call " + reached + " at the backend").atMost(Duration.ofSeconds(5))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> stubs.get("flaky").findAll(slowCalls).size() == reached);
            }
        }
        // Each hang-up reached the backend (so each was a call the breaker could have counted), and none was answered.
        stubs.get("flaky").verify(5, slowCalls);
        stubs.get("flaky").resetAll();
        stubs.get("flaky").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\": true}")));

        // With hang-ups counted, the circuit would be open and these 503s for a healthy backend: calls keep being
        // answered while the hung-up calls' backend answers arrive (1.5 s after each).
        Awaitility.await("the breaker stays closed").during(Duration.ofMillis(1600)).atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Api.as(token).get("/api/v1/test-flaky/x").statusCode() == 200);
    }
}
