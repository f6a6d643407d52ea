package io.partnerdesk.messagecenter.client;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.partnerdesk.outbox.relay.OidcServiceTokens;
import io.partnerdesk.outbox.relay.ServiceTokens;
import io.quarkus.oidc.client.OidcClient;

/**
 * Calls subscriptions-service's internal tenant directory with this service's own client-credentials token (role
 * service), the one its outbox relay uses: the directory is read for no particular user (a reminder job), and for a
 * partner only after the Message Center has scoped the answer to that partner's customers itself.
 */
public class ServiceTokenFilter implements ClientRequestFilter {

    @Inject
    OidcClient oidcClient;

    private ServiceTokens tokens;

    @PostConstruct
    void init() {
        tokens = new OidcServiceTokens(oidcClient, Duration.ofSeconds(5));
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken());
    }
}
