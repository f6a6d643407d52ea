package io.partnerdesk.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** When the cache may remember tokens at all; what it remembers is tested through the gateway (VerifiedTokenCacheTest). */
class VerifiedTokenCacheSettingsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void plainBearerTokensAreRemembered() {
        assertThat(new VerifiedTokenCache(null, 1000, MINUTE, "Bearer", false).enabled()).isTrue();
    }

    @Test
    void zeroEntriesTurnsItOff() {
        assertThat(new VerifiedTokenCache(null, 0, MINUTE, "Bearer", false).enabled()).isFalse();
    }

    @Test
    void tokensBoundToAProofPerCallAreNeverRemembered() {
        // A DPoP proof or the client's certificate must be checked on every call: the token alone proves nothing.
        assertThat(new VerifiedTokenCache(null, 1000, MINUTE, "DPoP", false).enabled()).isFalse();
        assertThat(new VerifiedTokenCache(null, 1000, MINUTE, "Bearer", true).enabled()).isFalse();
    }
}
