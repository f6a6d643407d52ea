package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Long request lines are the API's own problems, over HTTP/1.1 and HTTP/2 alike, never Vert.x's empty 414 or 431. */
@QuarkusTest
class RequestLineLimitsTest {

    private static final String TOKEN = Tokens.partner("gw-long-lines");

    @InjectStubs
    Stubs stubs;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    @DisplayName("a request line over 8 KiB is a 414 problem with requestId, and the backend never sees it")
    void tooLong() {
        stubs.get("messagecenter").resetAll();
        Api.as(TOKEN).urlEncodingEnabled(false).get("/api/v1/messages?tag=" + "x".repeat(9000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", endsWith("/uri-too-long")).body("requestId", notNullValue());
        assertThat(stubs.get("messagecenter").getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("over HTTP/2 a 7,000-character query reaches the backend (the path counts as a header there), and 9,000 is the 414 problem")
    void http2() throws Exception {
        stubs.get("messagecenter").resetAll();
        stubs.get("messagecenter").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\": []}")));
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        // The first call upgrades the connection (h2c); the limits of HTTP/2 apply from the second.
        int[] statuses = new int[3];
        int[] lengths = { 10, 7000, 9000 };
        for (int i = 0; i < lengths.length; i++) {
            HttpResponse<String> answer = http2.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/messages?tag="
                    + "x".repeat(lengths[i]))).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses[i] = answer.statusCode();
            assertThat(answer.headers().firstValue("X-Request-Id")).as("request id at %d", lengths[i]).isPresent();
            if (i > 0) {
                assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_2);
            }
        }
        assertThat(statuses).containsExactly(200, 200, 414);
    }
}
