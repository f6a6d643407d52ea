package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The quota as a caller meets it: 20 requests per caller, here per hour, so that no window refills while the test
 * counts (the other gateway tests run with 5-second windows); the refill itself is {@code limits.RateLimiterTest}'s,
 * on a clock of its own.
 */
@QuarkusTest
@TestProfile(RateLimitTest.HourWindow.class)
class RateLimitTest {

    public static final class HourWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnerdesk.gateway.rate-limit.window", "PT1H");
        }
    }

    @InjectStubs
    Stubs stubs;

    @Test
    @DisplayName("past its quota a caller gets 429 with Retry-After and RateLimit headers; others are unaffected")
    void quota() {
        stubs.get("subscriptions").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
        String busy = Tokens.partner("gw-busy");
        long previousRemaining = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            Response ok = Api.as(busy).get("/api/v1/offers");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Limit")).isEqualTo("20");
            long remaining = Long.parseLong(ok.header("RateLimit-Remaining"));
            assertThat(remaining).isLessThan(previousRemaining);
            previousRemaining = remaining;
        }
        Response refused = Api.as(busy).get("/api/v1/offers");
        assertThat(refused.statusCode()).isEqualTo(429);
        refused.then().contentType("application/problem+json").body("type", endsWith("/rate-limited"));
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).as("the rest of this test's one-hour window").isBetween(3500L, 3600L);
        assertThat(refused.header("RateLimit-Reset")).isEqualTo(refused.header("Retry-After"));

        // The same partner through another user or integration shares the partner's quota; another partner does not.
        Api.as(Tokens.partner("gw-busy", "gw-busy-integration")).get("/api/v1/offers").then().statusCode(429);
        Api.as(Tokens.partner("gw-quiet")).get("/api/v1/offers").then().statusCode(200);
    }
}
