package io.partnerdesk.gateway.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Who a request counts against, for rate limits and the access log: the partner ({@code partner_id}), else the OAuth
 * client ({@code azp} / {@code client_id}), else the subject. Never the token itself.
 */
public final class CallerIds {

    private static final String KEY = "partnerdesk.caller";

    private CallerIds() {
    }

    /** The caller of an authenticated request, or null before authentication. */
    public static String of(RoutingContext ctx) {
        String known = ctx.get(KEY);
        if (known != null) {
            return known;
        }
        if (!(ctx.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        return identity == null || identity.isAnonymous() ? null : of(identity);
    }

    /** The caller an authenticated identity counts as. */
    public static String of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String partner = token.getClaim("partner_id");
            if (partner != null && !partner.isBlank()) {
                return "partner:" + partner;
            }
            String client = token.getClaim("azp");
            if (client == null) {
                client = token.getClaim("client_id");
            }
            if (client != null && token.getSubject() == null) {
                return "client:" + client;
            }
            if (token.getSubject() != null) {
                return "sub:" + token.getSubject();
            }
        }
        return "sub:" + identity.getPrincipal().getName();
    }

    /** Records the caller {@link BearerAuthentication} found, for the steps after it and the access log. */
    static void set(RoutingContext ctx, String caller) {
        ctx.put(KEY, caller);
    }
}
