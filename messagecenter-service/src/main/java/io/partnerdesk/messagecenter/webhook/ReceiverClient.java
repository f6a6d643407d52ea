package io.partnerdesk.messagecenter.webhook;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.partnerdesk.messagecenter.config.WebhookConfig;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Posts one signed delivery to a receiver, without blocking a thread: connects to the address the
 * {@link ReceiverPolicy} checked (never resolving the name again), follows no redirect, reads at most 64 KiB of the
 * answer and gives up after the response timeout. The outcome is the status code, or why there was none.
 */
@ApplicationScoped
public class ReceiverClient {

    /** The most of a receiver's answer read; the rest is cut off with the connection. */
    public static final int MAX_RESPONSE_BYTES = 64 * 1024;

    /** One attempt's outcome: the receiver's status, or the error that left none, and the time to the answer. */
    public record Outcome(Integer statusCode, String error, long latencyMs) {

        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        /** The outcome as the delivery log words it. */
        public String describe() {
            if (statusCode == null) {
                return error;
            }
            return statusCode >= 300 && statusCode < 400 ? "answered " + statusCode + " (redirects are not followed)"
                    : "answered " + statusCode;
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    WebhookConfig config;

    private HttpClient client;

    @PostConstruct
    void create() {
        WebhookConfig.Delivery delivery = config.delivery();
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) delivery.connectTimeout().toMillis())
                // One connection per delivery: a pooled one could reach an address checked for another delivery.
                .setKeepAlive(false)
                .setMaxPoolSize(1024)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxRedirects(0));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public CompletionStage<Outcome> post(ReceiverPolicy.Target target, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        long timeout = config.delivery().responseTimeout().toMillis();
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(target.host())
                .setPort(target.port())
                .setURI(target.requestUri())
                .setSsl(target.tls())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(config.delivery().connectTimeout().toMillis())
                .setIdleTimeout(timeout);
        options.putHeader("content-type", "application/json");
        options.putHeader("user-agent", "PartnerDesk-Webhooks/1.0");
        headers.forEach(options::putHeader);
        HttpClientRequest[] sent = new HttpClientRequest[1];
        long timer = vertx.setTimer(timeout, id -> {
            if (result.complete(new Outcome(null, "no answer within " + timeout / 1000 + " s", elapsed(started)))
                    && sent[0] != null) {
                sent[0].reset();
            }
        });
        client.request(options)
                .compose(request -> {
                    sent[0] = request;
                    return request.send(Buffer.buffer(body));
                })
                .onSuccess(response -> {
                    vertx.cancelTimer(timer);
                    result.complete(new Outcome(response.statusCode(), null, elapsed(started)));
                    // The body is read and dropped, up to the limit; past it the request (and connection) is reset.
                    AtomicLong read = new AtomicLong();
                    response.exceptionHandler(ignored -> {
                    });
                    response.handler(chunk -> {
                        if (read.addAndGet(chunk.length()) > MAX_RESPONSE_BYTES) {
                            response.request().reset();
                        }
                    });
                })
                .onFailure(failure -> {
                    vertx.cancelTimer(timer);
                    result.complete(new Outcome(null, describe(failure, timeout), elapsed(started)));
                });
        return result;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Why there was no answer, in words for the webhook's owner (no stack, no internals). */
    static String describe(Throwable failure, long timeoutMillis) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof SSLException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof SSLException || failure instanceof SSLException) {
            return "TLS handshake failed (the certificate must be valid for the URL's host)";
        }
        if (cause instanceof ConnectException || failure.getClass().getSimpleName().contains("Connect")) {
            return "could not connect";
        }
        if (cause instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            return "no answer within " + timeoutMillis / 1000 + " s";
        }
        if (cause instanceof UnknownHostException) {
            return "host does not resolve";
        }
        return "connection failed";
    }
}
