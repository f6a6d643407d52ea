package io.partnerdesk.gateway.security;

import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.partnerdesk.security.tokens.VerifiedTokenCache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Who sent an {@code /api} request, found before it is routed. A token the gateway has verified before (and that has
 * not expired, nor outlived the cache's max-age) is recognised by one map lookup: the gateway only needs the caller
 * for its rate limit and access log, and each service checks the token again, so nothing here needs Quarkus's HTTP
 * security pipeline (mechanism, identity providers, Mutiny, security identity) that a remembered token used to go
 * through on every call (13 % of the gateway's CPU under load, plus the OIDC provider's per-call token decoding).
 * Any other token goes through that pipeline in full, as before (signature, issuer, audience, expiry, key rotation),
 * and is remembered only if it passes; a refusal ends in {@link AuthenticationFailures}' 401 problem.
 *
 * <p>Quarkus's own check is deferred for {@code /api/*} ({@code quarkus.http.auth.proactive=false} and a permit policy
 * for that path): this class is the only way an {@code /api} request reaches a backend.
 */
@Singleton
public class BearerAuthentication {

    @Inject
    VerifiedTokenCache tokens;

    /**
     * Calls {@code next} with the caller id once the request's bearer token is known good, or fails the request with
     * a 401.
     */
    public void authenticate(RoutingContext ctx, Consumer<String> next) {
        SecurityIdentity known = tokens.remembered(exactBearerToken(ctx.request().getHeader("Authorization")));
        if (known != null) {
            String caller = CallerIds.of(known);
            CallerIds.set(ctx, caller);
            next.accept(caller);
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> {
            if (identity == null || identity.isAnonymous()) {
                ctx.fail(new AuthenticationFailedException());
                return;
            }
            String caller = CallerIds.of(identity);
            CallerIds.set(ctx, caller);
            next.accept(caller);
        }, failure -> {
            if (!ctx.failed()) {
                ctx.fail(failure);
            }
        });
    }

    /**
     * Whether the request names a bearer token at all (any spelling of the scheme, a non-blank token): without one the
     * gateway answers 401 before anything else, with one {@link #authenticate} decides.
     */
    public static boolean presentsBearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank();
    }

    /**
     * What follows {@code "Bearer "} (exactly that spelling), or null. Anything else in the header is not looked up but
     * judged by Quarkus OIDC as it always was. No need to look for stray spaces: only tokens that passed verification
     * are remembered, and a JWT has no whitespace, so {@code "Bearer  <token>"} or a trailing space simply misses.
     */
    static String exactBearerToken(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }
}
