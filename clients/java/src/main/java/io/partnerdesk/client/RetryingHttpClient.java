package io.partnerdesk.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} that sends a request again when the suite answers 429 (the gateway's rate limit) or 503 (the
 * gateway's circuit is open, or the service's database is away), waiting what {@code Retry-After} says.
 * <p>
 * Both answers mean the request was not carried out, so sending it again is safe for every method. 502 and 504 are not
 * retried here: the change may or may not have been applied, and only the caller knows whether its request carries an
 * {@code Idempotency-Key} or an {@code If-Match} that makes a repeat harmless.
 * <p>
 * The generated API classes call {@link #send}; {@link #sendAsync} is passed through unchanged.
 */
public final class RetryingHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    RetryingHttpClient(HttpClient delegate, RetryPolicy policy, Sleeper sleeper) {
        this.delegate = delegate;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    public static HttpClient wrap(HttpClient delegate, RetryPolicy policy) {
        return new RetryingHttpClient(delegate, policy, Thread::sleep);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            HttpResponse<T> response = delegate.send(request, handler);
            int status = response.statusCode();
            if ((status != 429 && status != 503) || attempt >= policy.maxAttempts()) {
                return response;
            }
            Duration wait = policy.waitBefore(attempt + 1, retryAfter(response.headers()));
            if (wait == null) {
                return response; // the server asks for a longer pause than the caller allows: its answer stands
            }
            discard(response.body());
            sleeper.sleep(wait.toMillis());
        }
    }

    /** Retry-After in seconds; the suite never sends the HTTP-date form, which is read as absent. */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.trim());
                return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Frees the connection of an answer that is thrown away (a body handed back as a stream must be closed). */
    private static void discard(Object body) throws IOException {
        if (body instanceof InputStream stream) {
            stream.close();
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(request, handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return delegate.sendAsync(request, handler, pushPromiseHandler);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }

    /** How the wait between attempts is spent; tests count instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }
}
