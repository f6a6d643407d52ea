package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.security.tokens.VerifiedTokenCacheProbe;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.TestKeys;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The gateway remembers verified tokens, and only those, and never past their expiry. */
@QuarkusTest
class VerifiedTokenCacheTest {

    @InjectStubs
    Stubs stubs;

    @Inject
    VerifiedTokenCacheProbe cache;

    @BeforeEach
    void subscriptionsAnswers() {
        stubs.get("subscriptions").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    @Test
    void aReusedTokenIsVerifiedOnceAndRemembered() {
        String token = Tokens.partner("cache-reuse");
        long before = cache.size();

        Api.as(token).get("/api/v1/offers").then().statusCode(200);
        long afterFirst = cache.size();
        Api.as(token).get("/api/v1/offers").then().statusCode(200);
        Api.as(token).get("/api/v1/offers").then().statusCode(200);

        assertThat(afterFirst).isEqualTo(before + 1);
        assertThat(cache.size()).isEqualTo(afterFirst);
        assertThat(cache.contains(token)).isTrue();
    }

    @Test
    void aRememberedIdentityHoldsOnToNoRequest() {
        // Otherwise every entry would keep a finished request's headers and buffers on the heap for a minute.
        String token = Tokens.partner("cache-no-request");
        Api.as(token).get("/api/v1/offers").then().statusCode(200);

        assertThat(cache.contains(token)).isTrue();
        assertThat(cache.requestAttributeNames(token)).isNotEmpty();
        assertThat(cache.holdsRequestState(token)).isFalse();
        Api.as(token).get("/api/v1/offers").then().statusCode(200);
        assertThat(cache.holdsRequestState(token)).isFalse();
    }

    @Test
    void refusedTokensAreNeverRemembered() {
        String forged = Tokens.forgedPartner("cache-forged");
        String expired = Tokens.expiredPartner("cache-expired");

        for (int i = 0; i < 2; i++) {
            Api.as(forged).get("/api/v1/offers").then().statusCode(401).body("type", endsWith("/unauthorized"));
            Api.as(expired).get("/api/v1/offers").then().statusCode(401).body("type", endsWith("/unauthorized"));
        }

        assertThat(cache.contains(forged)).isFalse();
        assertThat(cache.contains(expired)).isFalse();
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        Instant expiresAt = Instant.now().plusSeconds(2);
        String shortLived = Tokens.claims("cache-short-admin", "partner").claim("partner_id", "cache-short")
                .issuedAt(Instant.now()).expiresAt(expiresAt).jws().keyId(TestKeys.KEY_ID)
                .sign(TestKeys.signingKey());
        Api.as(shortLived).get("/api/v1/offers").then().statusCode(200);
        assertThat(cache.contains(shortLived)).isTrue();

        // Accepted while it lives, from the cache; refused from the moment it expires.
        Awaitility.await("the token expired").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.as(shortLived).get("/api/v1/offers").statusCode() == 401);
        // Not refused early: the token's exp claim is in whole seconds.
        assertThat(Instant.now()).isAfterOrEqualTo(expiresAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(cache.contains(shortLived)).isFalse();
    }

    @Test
    void eachCallerIsStillCountedAsItself() {
        // The rate limit is per partner: a remembered identity must not carry another request's caller.
        String first = Tokens.partner("cache-caller-one");
        String second = Tokens.partner("cache-caller-two");
        for (int i = 0; i < 3; i++) {
            Api.as(first).get("/api/v1/offers").then().statusCode(200);
        }
        String remainingFirst = Api.as(first).get("/api/v1/offers").then().statusCode(200).extract()
                .header("RateLimit-Remaining");
        String remainingSecond = Api.as(second).get("/api/v1/offers").then().statusCode(200).extract()
                .header("RateLimit-Remaining");

        assertThat(Long.parseLong(remainingSecond) - Long.parseLong(remainingFirst)).isEqualTo(3);
    }
}
