package io.partnerdesk.gateway.routing;

import java.net.URI;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import io.partnerdesk.gateway.config.GatewayConfig;
import io.partnerdesk.gateway.problem.GatewayProblem;
import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.RequestIds;
import io.partnerdesk.tracing.TraceParents;
import io.quarkus.logging.Log;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * One backend service behind the gateway: a streaming reverse proxy (vertx-http-proxy) with its own connection pool,
 * connect and response timeouts, and circuit breaker, so that a failing backend never affects the others.
 */
public final class Backend {

    /**
     * A backend's 502, 503 or 504: it says it cannot serve anyone (its database is gone, it is overloaded or shutting
     * down). Passed to the caller unchanged, but counted against the breaker.
     */
    private static final class OutageResponse extends RuntimeException {
        private final transient ProxyResponse response;

        OutageResponse(ProxyResponse response) {
            super("backend answered " + response.getStatusCode(), null, false, false);
            this.response = response;
        }
    }

    private final String name;
    private final long retryAfterSeconds;
    private final HttpProxy proxy;
    private final CircuitBreaker breaker;
    /** Set when the breaker counted a failure, so that the common success path takes no lock. */
    private volatile boolean hadFailures;

    public Backend(Vertx vertx, String name, GatewayConfig.Backend config) {
        this.name = name;
        // While the breaker is open, callers are told to come back when it will let a probe through.
        this.retryAfterSeconds = Math.max(1, config.circuitBreaker().openFor().toSeconds());
        URI url = URI.create(config.url());
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        SocketAddress origin = SocketAddress.inetSocketAddress(port, url.getHost());
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setSsl("https".equals(url.getScheme()))
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(100));
        long responseTimeout = config.responseTimeout().toMillis();
        // Vert.x counts failures within a rolling window (10 s by default) and never forgets them on success. A hung
        // backend fails one call per response timeout, so a window shorter than threshold × timeout never opened the
        // breaker; and five bad requests of one caller among thousands of good ones closed a healthy backend. The
        // window is made to hold the threshold's worth of timeouts, and a success clears the count (see record): the
        // breaker opens on consecutive outage signals only.
        long window = failureWindowMillis(config.circuitBreaker().failureThreshold(), config.responseTimeout(),
                config.circuitBreaker().failureWindow());
        this.breaker = CircuitBreaker.create("backend-" + name, vertx, new CircuitBreakerOptions()
                .setMaxFailures(config.circuitBreaker().failureThreshold())
                .setResetTimeout(config.circuitBreaker().openFor().toMillis())
                .setFailuresRollingWindow(window)
                .setTimeout(-1)
                .setFallbackOnFailure(false));
        this.breaker.openHandler(v -> Log.warnf("Circuit to %s opened: calls refused for %s", name,
                config.circuitBreaker().openFor()));
        this.breaker.closeHandler(v -> Log.infof("Circuit to %s closed", name));
        this.proxy = HttpProxy.reverseProxy(client)
                .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                        .setServer(origin)
                        .setHost(url.getHost())
                        .setPort(port)
                        .setIdleTimeout(responseTimeout)))
                .addInterceptor(new ProxyInterceptor() {
                    @Override
                    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                        return proxyWithinLimits(context);
                    }
                });
    }

    public String name() {
        return name;
    }

    /** Whether the breaker refuses calls now, or lets a single probe through (half-open): the backend is failing. */
    public boolean circuitOpen() {
        return breaker.state() != CircuitBreakerState.CLOSED;
    }

    /** Limits of bodies sent without Content-Length, by request, read once by the interceptor. */
    private final java.util.Map<HttpServerRequest, Long> streamedBodyLimits = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Proxies the request. A body without Content-Length is counted on its way and cut at {@code bodyLimit} bytes
     * (413); a declared length has already been checked by the caller.
     */
    public void forward(HttpServerRequest request, long bodyLimit) {
        boolean sendsBody = request.method() == io.vertx.core.http.HttpMethod.POST
                || request.method() == io.vertx.core.http.HttpMethod.PUT
                || request.method() == io.vertx.core.http.HttpMethod.PATCH;
        if (sendsBody && request.getHeader("Content-Length") == null) {
            streamedBodyLimits.put(request, bodyLimit);
        }
        proxy.handle(request);
    }

    /** The backend's answer, or a problem: 503 while the breaker is open, 504 on timeout, 502 when unreachable. */
    private Future<ProxyResponse> proxyWithinLimits(ProxyContext context) {
        Long streamedLimit = streamedBodyLimits.remove(context.request().proxiedRequest());
        boolean[] tooLarge = { false };
        if (streamedLimit != null && context.request().getBody() != null) {
            context.request().setBody(Body.body(new BoundedBody(context.request().getBody().stream(), streamedLimit,
                    () -> tooLarge[0] = true)));
        }
        // The caller's trace context was read by the gateway's own span (its parent); the client span of this call
        // adds its own traceparent, so the caller's header must not be passed on beside it (two headers, the service
        // would pick either). tracestate belongs to the caller's header and goes with it.
        context.request().headers().remove(TraceParents.HEADER).remove(TraceParents.STATE_HEADER);
        return breaker.<ProxyResponse> execute(promise -> context.sendRequest().onComplete(result -> {
            if (result.failed() && callerWentAway(context)) {
                // The caller closed its connection before the answer, so the proxy reset the backend call. That is no
                // failure of the backend: counting it would let a few impatient clients open the circuit for all.
                promise.complete(problemResponse(context, GatewayProblem.badGateway(name)));
                Log.debugf("%s %s → %s: caller closed the connection before the answer", context.request().getMethod(),
                        context.request().getURI(), name);
            } else if (tooLarge[0]) {
                // The caller's fault, not the backend's: answered 413 and not counted against the breaker.
                context.request().proxiedRequest().response().putHeader("Connection", "close");
                promise.complete(problemResponse(context, GatewayProblem.payloadTooLarge(streamedLimit)));
            } else if (result.failed()) {
                // Connection refused or reset, connect timeout, response timeout: the backend is away or hung.
                promise.fail(result.cause());
            } else if (isOutage(result.result().getStatusCode())) {
                promise.fail(new OutageResponse(result.result()));
            } else {
                // Anything else, a 500 included, is an answer about one request: the backend is there and serving.
                clearFailures();
                promise.complete(result.result());
            }
        })).recover(failure -> {
            if (!(failure instanceof OpenCircuitException)) {
                hadFailures = true;
            }
            if (failure instanceof OutageResponse outage) {
                return Future.succeededFuture(outage.response);
            }
            GatewayProblem problem;
            if (failure instanceof OpenCircuitException) {
                problem = GatewayProblem.unavailable(name);
            } else if (isTimeout(failure)) {
                problem = GatewayProblem.gatewayTimeout(name);
            } else {
                problem = GatewayProblem.badGateway(name);
            }
            Log.warnf("%s %s → %s: %d (%s)", context.request().getMethod(), context.request().getURI(), name,
                    problem.status(), failure.toString());
            return Future.succeededFuture(problemResponse(context, problem));
        });
    }

    /**
     * How long counted failures are remembered: the configured window, but never less than one more than the threshold's
     * worth of response timeouts (a hung backend fails once per timeout and must still reach the threshold).
     */
    static long failureWindowMillis(int threshold, java.time.Duration responseTimeout, java.time.Duration configured) {
        return Math.max(configured.toMillis(), (threshold + 1L) * Math.max(responseTimeout.toMillis(), 1000L));
    }

    static boolean isOutage(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /** A backend that answered is not out: its earlier failures are no longer consecutive. */
    private void clearFailures() {
        if (hadFailures) {
            hadFailures = false;
            breaker.reset();
        }
    }

    private static boolean callerWentAway(ProxyContext context) {
        return context.request().proxiedRequest().response().closed();
    }

    private static boolean isTimeout(Throwable failure) {
        if (failure instanceof ConnectTimeoutException) {
            return false;
        }
        return failure instanceof TimeoutException
                || (failure.getMessage() != null && failure.getMessage().toLowerCase().contains("timeout"));
    }

    private ProxyResponse problemResponse(ProxyContext context, GatewayProblem problem) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        Buffer body = problem.body(incoming.path(), RequestIds.of(incoming));
        ProxyResponse response = context.request().response();
        response.headers().clear();
        response.setStatusCode(problem.status()).setStatusMessage(reason(problem.status()))
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Length", String.valueOf(body.length()));
        if (problem.status() == 503) {
            response.putHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        return response.setBody(Body.body(body));
    }

    private static String reason(int status) {
        return switch (status) {
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Gateway Timeout";
        };
    }
}
