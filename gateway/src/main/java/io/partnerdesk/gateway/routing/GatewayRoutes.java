package io.partnerdesk.gateway.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.partnerdesk.gateway.config.GatewayConfig;
import io.partnerdesk.gateway.limits.RateLimiter;
import io.partnerdesk.gateway.problem.GatewayProblem;
import io.partnerdesk.gateway.security.BearerAuthentication;
import io.partnerdesk.gateway.security.CallerIds;
import io.partnerdesk.problem.RequestIds;
import io.partnerdesk.problem.RequestLimits;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's request path. Before authentication: request id, TRACE refused, response hygiene, access log.
 * Then the bearer token ({@link BearerAuthentication}: a token verified before is one lookup, any other is verified in
 * full), and only after it: route lookup (404 for unknown paths; {@code /internal} and {@code /q} of backends are
 * never in the table), rate limit (429), body limit (413), then the backend's proxy with its timeouts and circuit
 * breaker.
 */
@Singleton
public class GatewayRoutes {

    private static final String ROUTE_KEY = "partnerdesk.route";

    @Inject
    GatewayConfig config;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    MeterRegistry meters;

    @Inject
    BearerAuthentication authentication;

    /**
     * One timer per route and status, looked up once: building and registering a timer on every request showed as 3 %
     * of the gateway's CPU under load. Bounded by the route table times the statuses the gateway passes on.
     */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Inject
    Vertx vertx;

    private RouteTable table;
    private final Map<String, Backend> backends = new HashMap<>();

    void conventions(@Observes Filters filters) {
        filters.register(this::applyEdgeConventions, 2000);
    }

    void routes(@Observes Router router) {
        config.backends().forEach((name, backend) -> backends.put(name, new Backend(vertx, name, backend)));
        // For the alert rules in deploy/observability: 1 while a backend's breaker refuses calls.
        backends.values().forEach(backend -> Gauge
                .builder("gateway.breaker.open", backend, b -> b.circuitOpen() ? 1 : 0)
                .description("1 while the circuit breaker to this backend is open or half-open")
                .tag("backend", backend.name()).register(meters));
        table = new RouteTable(config.routes());
        for (RouteTable.Route route : table.routes()) {
            if (!backends.containsKey(route.backend())) {
                throw new IllegalStateException(
                        "Route " + route.prefix() + " names unknown backend " + route.backend());
            }
        }
        router.route("/api/*").handler(this::forward);
        // Anything no route or static resource answered: 404 problem (authenticated callers only reach this).
        router.route().order(Integer.MAX_VALUE)
                .handler(ctx -> GatewayProblem.routeNotFound(ctx.request().path()).send(ctx));
    }

    /**
     * What every request meets first, before authentication: its request id, the response headers, the duration metric,
     * and the refusals no backend should see (TRACE/CONNECT, an over-long request line).
     */
    private void applyEdgeConventions(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String requestId = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
        request.headers().set(RequestIds.HEADER, requestId);
        long started = System.nanoTime();
        // Set as the headers go out, replacing whatever a backend sent: quarkus.http.header.* cannot express this (it
        // sets its headers when the request arrives, and the proxy then adds the backend's, so a backend's
        // Cache-Control went out next to no-store; RoutingTest#responseHygiene shows it).
        ctx.response().headersEndHandler(v -> {
            ctx.response().putHeader(RequestIds.HEADER, requestId)
                    .putHeader("X-Content-Type-Options", "nosniff");
            ctx.response().headers().remove("Server");
            ctx.response().headers().remove("X-Powered-By");
            if (request.path().startsWith("/api/")) {
                ctx.response().putHeader("Cache-Control", "no-store");
            }
        });
        ctx.addEndHandler(v -> recordDuration(ctx, started));
        if (request.method() == HttpMethod.TRACE || request.method() == HttpMethod.CONNECT) {
            GatewayProblem.methodNotAllowed(request.method().name()).send(ctx);
            return;
        }
        if (request.uri().length() > RequestLimits.MAX_REQUEST_LINE) {
            // Vert.x would refuse it only past quarkus.http.limits.max-initial-line-length, with an empty 414; this
            // answer is the API's own problem, and the services behind never see such a line.
            GatewayProblem.uriTooLong(RequestLimits.MAX_REQUEST_LINE).send(ctx);
            return;
        }
        if (request.path().startsWith("/q/")) {
            // Health and metrics live on the management port; nothing under /q is public here.
            GatewayProblem.routeNotFound(request.path()).send(ctx);
            return;
        }
        if (!isPublic(request.path())
                && !BearerAuthentication.presentsBearerToken(request.getHeader("Authorization"))) {
            // Quarkus would answer a bare challenge; callers get the same problem body as for a bad token.
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            GatewayProblem.unauthorized(false).send(ctx);
            return;
        }
        ctx.next();
    }

    private static boolean isPublic(String path) {
        return path.startsWith("/openapi/") || path.equals("/swagger-ui") || path.startsWith("/swagger-ui/");
    }

    private void forward(RoutingContext ctx) {
        // Authentication first: an unauthenticated caller learns nothing of the route table.
        authentication.authenticate(ctx, caller -> forward(ctx, caller));
    }

    private void forward(RoutingContext ctx, String caller) {
        HttpServerRequest request = ctx.request();
        Optional<RouteTable.Route> route = table.match(request.path());
        if (route.isEmpty()) {
            GatewayProblem.routeNotFound(request.path()).send(ctx);
            return;
        }
        ctx.put(ROUTE_KEY, route.get().prefix());
        RateLimiter.Decision quota = rateLimiter.tryConsume(caller);
        ctx.response().putHeader("RateLimit-Limit", String.valueOf(quota.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(quota.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(quota.resetSeconds()));
        if (!quota.allowed()) {
            ctx.response().putHeader("Retry-After", String.valueOf(quota.resetSeconds()));
            GatewayProblem.tooManyRequests(quota.resetSeconds()).send(ctx);
            return;
        }
        long limit = config.routeMaxBodyBytes().getOrDefault(route.get().prefix(), config.maxBodyBytes());
        String length = request.getHeader("Content-Length");
        if (length != null && declared(length) > limit) {
            ctx.response().putHeader("Connection", "close");
            GatewayProblem.payloadTooLarge(limit).send(ctx);
            return;
        }
        String forwardedFor = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (forwardedFor != null) {
            String previous = request.getHeader("X-Forwarded-For");
            request.headers().set("X-Forwarded-For", previous == null ? forwardedFor : previous + ", " + forwardedFor);
        }
        request.headers().set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        if (request.authority() != null) {
            request.headers().set("X-Forwarded-Host", request.authority().toString());
        }
        backends.get(route.get().backend()).forward(request, limit);
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The request's duration by route and status. The access line itself is Quarkus's access log
     * ({@code quarkus.http.access-log.pattern}), which reads the route and the caller from the keys set here and by
     * {@link CallerIds}.
     */
    private void recordDuration(RoutingContext ctx, long started) {
        long nanos = System.nanoTime() - started;
        String route = ctx.get(ROUTE_KEY);
        timer(route == null ? "none" : route, ctx.response().getStatusCode()).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(String route, int status) {
        return timers.computeIfAbsent(route + ' ' + status,
                key -> Timer.builder("gateway.requests").description("Requests through the gateway by route and status")
                        .tag("route", route).tag("status", String.valueOf(status)).register(meters));
    }
}
