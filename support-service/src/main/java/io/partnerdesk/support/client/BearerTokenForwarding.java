package io.partnerdesk.support.client;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Calls another service (subscriptions-service, messagecenter-service) with the caller's own access token, so that the
 * other service decides what exactly this caller may see. (The token-propagation extension does not resolve at Quarkus 3.33.2; this is its one job.)
 */
public class BearerTokenForwarding implements ClientRequestFilter {

    @Inject
    JsonWebToken token;

    @Override
    public void filter(ClientRequestContext request) {
        String raw = token.getRawToken();
        if (raw != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
        }
    }
}
