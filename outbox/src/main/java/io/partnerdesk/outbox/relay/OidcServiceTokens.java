package io.partnerdesk.outbox.relay;

import java.time.Duration;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * Client-credentials tokens from the realm ({@code quarkus.oidc-client.*}), kept until the OIDC client says they are
 * due for renewal ({@code quarkus.oidc-client.refresh-token-time-skew}, 30 s before expiry, so a token never expires on
 * its way to the consumer). Held here rather than behind a REST client filter because the relay sends with the JDK's
 * HttpClient from its own thread and must drop a token the consumer refused ({@link #invalidate()}). Fetching blocks the
 * relay's thread only.
 */
public final class OidcServiceTokens implements ServiceTokens {

    private final OidcClient client;
    private final Duration timeout;
    private Tokens tokens;

    public OidcServiceTokens(OidcClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public synchronized String accessToken() {
        if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
            tokens = client.getTokens().await().atMost(timeout);
        }
        return tokens.getAccessToken();
    }

    @Override
    public synchronized void invalidate() {
        tokens = null;
    }
}
