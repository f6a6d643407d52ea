package io.partnerdesk.gateway.security;

import java.util.function.BiConsumer;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerdesk.gateway.problem.GatewayProblem;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers every failed or missing authentication with a 401 problem and a Bearer challenge, before any routing:
 * no backend ever sees an unauthenticated request. A token that cannot be checked because the identity provider is
 * unreachable is a 503 problem with Retry-After.
 */
@Singleton
public class AuthenticationFailures {

    private final Counter verificationFailures;

    /**
     * Tokens sent and refused (expired, forged, wrong issuer or audience, unknown key): a burst is an integration
     * with a broken token source, a key rotation gone wrong or someone guessing; deploy/observability alerts on it.
     * Requests without any token are not counted here (they are 401s in {@code gateway_requests_seconds}).
     */
    @Inject
    public AuthenticationFailures(MeterRegistry meters) {
        this.verificationFailures = Counter.builder("gateway.token.verification.failures")
                .description("Bearer tokens the gateway refused").register(meters);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    /**
     * Authentication is deferred (see {@link BearerAuthentication}), and Quarkus answers a deferred failure with a
     * bare challenge and an empty body unless the request says otherwise: set right after Quarkus's authentication
     * step, before any check asks for the identity, this hands every such failure to {@link #handle}.
     */
    void failuresAsProblems(@Observes Filters filters) {
        filters.register(ctx -> {
            ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, TO_FAILURE_HANDLER);
            ctx.next();
        }, SecurityHandlerPriorities.AUTHENTICATION - 10);
    }

    /** One instance for every request: it holds no state, the request comes with each call. */
    private static final BiConsumer<RoutingContext, Throwable> TO_FAILURE_HANDLER = (request, failure) -> {
        if (!request.failed()) {
            request.fail(failure);
        }
    };

    /** Seconds a caller is told to wait while the identity provider cannot be reached. */
    static final int IDENTITY_PROVIDER_RETRY_AFTER_SECONDS = 10;

    private void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (causedBy(failure, OIDCException.class)) {
            // A token the gateway has not verified before cannot be checked while Keycloak (its keys, its discovery
            // document) is away: that is no fault of the caller's token (401) nor of the gateway (a bare 500), but a
            // dependency outage the caller can wait out. Quarkus OIDC logs the outage itself.
            Log.debugf("%s %s: identity provider unavailable", ctx.request().method(), ctx.request().path());
            ctx.response().putHeader("Retry-After", String.valueOf(IDENTITY_PROVIDER_RETRY_AFTER_SECONDS));
            GatewayProblem.identityProviderUnavailable().send(ctx);
            return;
        }
        boolean authentication = failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException || failure instanceof UnauthorizedException
                || (failure == null && ctx.statusCode() == 401);
        if (!authentication) {
            ctx.next();
            return;
        }
        String authorization = ctx.request().getHeader("Authorization");
        boolean tokenPresent = authorization != null && !authorization.isBlank();
        if (tokenPresent) {
            verificationFailures.increment();
        }
        Log.debugf("Refused %s %s: %s", ctx.request().method(), ctx.request().path(),
                failure == null ? "no credentials" : failure.getClass().getSimpleName());
        ctx.response().putHeader("WWW-Authenticate", tokenPresent ? "Bearer error=\"invalid_token\"" : "Bearer");
        GatewayProblem.unauthorized(tokenPresent).send(ctx);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
