package io.partnerdesk.outbox.relay;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * Client-credentials tokens from the realm ({@code quarkus.oidc-client.*}), cached until shortly before they expire.
 * Used by the relay's single thread; fetching blocks that thread only.
 */
public final class OidcServiceTokens implements ServiceTokens {

    /** Refresh this long before expiry, so a token never expires on its way to the consumer. */
    private static final Duration EARLY = Duration.ofSeconds(30);

    private final OidcClient client;
    private final Duration timeout;
    private Tokens tokens;

    public OidcServiceTokens(OidcClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public synchronized String accessToken() {
        if (tokens == null || expiresSoon(tokens)) {
            tokens = client.getTokens().await().atMost(timeout);
        }
        return tokens.getAccessToken();
    }

    @Override
    public synchronized void invalidate() {
        tokens = null;
    }

    private static boolean expiresSoon(Tokens tokens) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt != null && Instant.now().plus(EARLY).getEpochSecond() >= expiresAt;
    }
}
