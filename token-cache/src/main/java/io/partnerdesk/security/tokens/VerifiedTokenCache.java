package io.partnerdesk.security.tokens;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies bearer tokens through Quarkus OIDC once and remembers the result, so that an integration reusing its
 * access token (as OAuth clients do until it expires) costs a map lookup per call instead of a JWT parse and an RSA
 * signature check. The gateway and every service (through http-conventions) have one; the benchmark's section 3
 * measures the difference.
 *
 * <p>Safety: only tokens that passed full verification are kept, keyed by the whole token string; an entry is never
 * used past the token's {@code exp}, nor longer than {@code max-age}, so a withdrawn signing key is seen within it.
 * A failed verification is never cached. The cached identity is handed out with the current request's routing
 * context, never the one it was verified with.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(VerifiedTokenCache.class);

    private final OidcIdentityProvider oidc;
    private final Cache<String, Verified> verified;
    private final boolean enabled;

    /**
     * @param maxEntries tokens remembered at most (least recently used go first); 0 verifies every call in full
     * @param maxAge how long a verified token is trusted at most, even if it expires later: bounds how long a signing
     *        key the issuer withdrew goes unseen for a token already verified with it
     * @param authorizationScheme Quarkus OIDC's; with {@code DPoP} every call carries a proof that must be checked
     *        against that call, so a token alone proves nothing and nothing is remembered
     * @param certificateBound Quarkus OIDC's certificate binding; likewise checked per call (the client's TLS
     *        certificate), so nothing is remembered
     */
    @Inject
    public VerifiedTokenCache(OidcIdentityProvider oidc,
            @ConfigProperty(name = "partnerdesk.token-cache.max-entries", defaultValue = "1000") int maxEntries,
            @ConfigProperty(name = "partnerdesk.token-cache.max-age", defaultValue = "PT1M") Duration maxAge,
            @ConfigProperty(name = "quarkus.oidc.token.authorization-scheme",
                    defaultValue = "Bearer") String authorizationScheme,
            @ConfigProperty(name = "quarkus.oidc.token.binding.certificate",
                    defaultValue = "false") boolean certificateBound) {
        this.oidc = oidc;
        boolean boundTokens = "DPoP".equalsIgnoreCase(authorizationScheme) || certificateBound;
        if (boundTokens && maxEntries > 0) {
            LOG.info(
                    "Verified-token cache off: tokens are bound to a DPoP proof or client certificate checked per call");
        }
        this.enabled = maxEntries > 0 && !boundTokens;
        long maxAgeNanos = maxAge.toNanos();
        this.verified = Caffeine.newBuilder().maximumSize(Math.max(1, maxEntries))
                .expireAfter(new Expiry<String, Verified>() {
                    @Override
                    public long expireAfterCreate(String token, Verified entry, long currentTime) {
                        return Math.min(maxAgeNanos, nanosUntilExpiry(entry.identity()));
                    }

                    @Override
                    public long expireAfterUpdate(String token, Verified entry, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }

                    @Override
                    public long expireAfterRead(String token, Verified entry, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }
                }).build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Asked before Quarkus's own OIDC provider (which declares a high "system first" priority of its own), and calls
     * it on a miss; the identity provider manager asks providers in descending priority.
     */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (!enabled) {
            return oidc.authenticate(request, context);
        }
        String token = request.getToken().getToken();
        Verified known = verified.getIfPresent(token);
        if (known != null && nanosUntilExpiry(known.identity()) > 0) {
            return Uni.createFrom()
                    .item(known.forRequest(HttpSecurityUtils.getRoutingContextAttribute(request), context));
        }
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null && !identity.isAnonymous() && nanosUntilExpiry(identity) > 0) {
                verified.put(token, Verified.of(identity));
            }
        });
    }

    /**
     * The identity this exact token was verified as, if it is remembered and not expired; null otherwise. Never
     * verifies anything: for a caller that only needs to know who sent an already verified token (the gateway's
     * lean path), without running the HTTP security pipeline. The identity carries no request attributes.
     */
    public SecurityIdentity remembered(String token) {
        if (!enabled || token == null) {
            return null;
        }
        Verified known = verified.getIfPresent(token);
        return known != null && nanosUntilExpiry(known.identity()) > 0 ? known.identity() : null;
    }

    /**
     * A verified identity without the per-request attributes Quarkus sets on it (the routing context, under more than
     * one name, and the authentication request context), so that a remembered identity holds on to no finished
     * request: its headers and buffers would otherwise stay on the heap for as long as the entry lives. The names are
     * kept to put the request at hand under them.
     */
    private record Verified(SecurityIdentity identity, Set<String> routingContextNames,
            Set<String> requestContextNames) {

        static Verified of(SecurityIdentity identity) {
            Set<String> routing = new HashSet<>();
            Set<String> requestContext = new HashSet<>();
            identity.getAttributes().forEach((name, value) -> {
                if (value instanceof RoutingContext) {
                    routing.add(name);
                } else if (value instanceof AuthenticationRequestContext) {
                    requestContext.add(name);
                }
            });
            return new Verified(with(identity, routing, null, requestContext, null), Set.copyOf(routing),
                    Set.copyOf(requestContext));
        }

        SecurityIdentity forRequest(RoutingContext request, AuthenticationRequestContext context) {
            return with(identity, routingContextNames, request, requestContextNames, context);
        }

        private static SecurityIdentity with(SecurityIdentity identity, Set<String> routingNames,
                RoutingContext request,
                Set<String> requestContextNames, AuthenticationRequestContext context) {
            QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
            routingNames.forEach(name -> builder.addAttribute(name, request));
            requestContextNames.forEach(name -> builder.addAttribute(name, context));
            return builder.build();
        }
    }

    private static long nanosUntilExpiry(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return 0;
        }
        long millisLeft = TimeUnit.SECONDS.toMillis(jwt.getExpirationTime()) - System.currentTimeMillis();
        return Math.max(0, Duration.ofMillis(millisLeft).toNanos());
    }

    /** Whether tokens are remembered at all (off with 0 entries or with bound tokens). */
    boolean enabled() {
        return enabled;
    }

    /** For tests: how many verified tokens are remembered now. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** For tests: whether the remembered identity of this token still references a request (it must not). */
    boolean holdsRequestState(String token) {
        Verified entry = verified.getIfPresent(token);
        return entry != null && entry.identity().getAttributes().values().stream()
                .anyMatch(value -> value instanceof RoutingContext || value instanceof AuthenticationRequestContext);
    }

    /** For tests: the names under which the remembered identity of this token gets the request at hand. */
    Set<String> requestAttributeNames(String token) {
        Verified entry = verified.getIfPresent(token);
        return entry == null ? Set.of() : entry.routingContextNames();
    }

    /** For tests: whether this token is remembered as verified (and not expired). */
    boolean contains(String token) {
        verified.cleanUp();
        return verified.getIfPresent(token) != null;
    }
}
