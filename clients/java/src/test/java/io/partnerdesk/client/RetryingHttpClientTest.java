package io.partnerdesk.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryingHttpClientTest {

    private LoopbackServer server;
    private final List<Long> waits = new ArrayList<>();
    private HttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        client = new RetryingHttpClient(HttpClient.newHttpClient(), RetryPolicy.DEFAULT, waits::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<InputStream> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(server.uri("/api/v1/customers"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    @Test
    void a429IsSentAgainAfterRetryAfterWithTheSameBody() throws Exception {
        server.then(429, Map.of("Retry-After", "7"), "{\"status\":429}").then(201, Map.of(), "{}");

        HttpResponse<InputStream> response = post("{\"name\":\"Contoso\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(waits).containsExactly(7_000L);
        assertThat(server.received).extracting(LoopbackServer.Received::body).containsExactly("{\"name\":\"Contoso\"}",
                "{\"name\":\"Contoso\"}");
    }

    @Test
    void a503WithoutRetryAfterBacksOffExponentiallyAndTheLastAnswerStandsAfterMaxAttempts() throws Exception {
        server.then(503, Map.of(), "").then(503, Map.of(), "").then(503, Map.of(), "").then(200, Map.of(), "{}");

        HttpResponse<InputStream> response = post("{}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(waits).containsExactly(1_000L, 2_000L);
        assertThat(server.received).hasSize(3);
    }

    @Test
    void aRetryAfterLongerThanTheCallerAcceptsReturnsTheAnswerAtOnce() throws Exception {
        server.then(429, Map.of("Retry-After", "3600"), "{\"status\":429}");

        HttpResponse<InputStream> response = post("{}");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(new String(response.body().readAllBytes())).isEqualTo("{\"status\":429}");
        assertThat(waits).isEmpty();
    }

    @Test
    void gatewayErrorsWithAnUnknownOutcomeAreNotRetried() throws Exception {
        server.then(504, Map.of(), "").then(200, Map.of(), "{}");

        assertThat(post("{}").statusCode()).isEqualTo(504);
        assertThat(server.received).hasSize(1);
    }

    @Test
    void retryingCanBeTurnedOff() throws Exception {
        client = new RetryingHttpClient(HttpClient.newHttpClient(), RetryPolicy.NONE, waits::add);
        server.then(429, Map.of("Retry-After", "1"), "").then(200, Map.of(), "{}");

        assertThat(post("{}").statusCode()).isEqualTo(429);
        assertThat(server.received).hasSize(1);
    }

    @Test
    void anUnreadableRetryAfterCountsAsAbsent() {
        var headers = java.net.http.HttpHeaders.of(Map.of("Retry-After", List.of("Wed, 21 Oct 2026 07:28:00 GMT")),
                (name, value) -> true);
        assertThat(RetryingHttpClient.retryAfter(headers)).isEmpty();
        assertThat(RetryPolicy.DEFAULT.waitBefore(3, RetryingHttpClient.retryAfter(headers)))
                .isEqualTo(Duration.ofSeconds(2));
    }
}
