package io.partnerdesk.outbox.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/** The relay's HTTP side against a real HTTP server on 127.0.0.1 standing in for messagecenter-service. */
class HttpEventSenderTest {

    private HttpServer server;
    private volatile int status;
    /** Statuses for the next requests, in order, before {@link #status} applies again. */
    private final java.util.Deque<Integer> script = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private volatile String body;
    private volatile long delayMillis;
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private final FakeTokens tokens = new FakeTokens();

    private static final class FakeTokens implements ServiceTokens {
        final AtomicInteger issued = new AtomicInteger();
        volatile String current;

        @Override
        public String accessToken() {
            if (current == null) {
                current = "token-" + issued.incrementAndGet();
            }
            return current;
        }

        @Override
        public void invalidate() {
            current = null;
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/internal/v1/events", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(Map.of(
                "method", exchange.getRequestMethod(),
                "authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                "contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                "requestId", String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")),
                "traceparent", String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")),
                "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        Integer scripted = script.poll();
        exchange.sendResponseHeaders(scripted != null ? scripted : status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private HttpEventSender sender(URI consumer) {
        return new HttpEventSender(consumer, Duration.ofMillis(500), Duration.ofMillis(500), tokens,
                new ObjectMapper());
    }

    private URI consumer() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/internal/v1/events");
    }

    private static ClaimedEvent event() {
        UUID id = UUID.randomUUID();
        return new ClaimedEvent(1, id, "subscription.changed", "{\"id\":\"" + id + "\"}", 0, Instant.now(), null);
    }

    @Test
    void postsTheStoredEnvelopeWithTheServiceTokenAndCounts2xxAsDelivered() {
        status = 201;
        ClaimedEvent event = event();

        assertThat(sender(consumer()).send(event)).isEqualTo(new Delivery.Delivered(201));
        Map<String, String> request = requests.get(0);
        assertThat(request.get("method")).isEqualTo("POST");
        assertThat(request.get("authorization")).isEqualTo("Bearer token-1");
        assertThat(request.get("contentType")).isEqualTo("application/json");
        assertThat(request.get("requestId")).isEqualTo("outbox-" + event.eventId());
        assertThat(request.get("body")).isEqualTo(event.payload());

        status = 200; // a redelivery the consumer recognised is delivered too
        assertThat(sender(consumer()).send(event)).isEqualTo(new Delivery.Delivered(200));
    }

    @Test
    void theCurrentTraceGoesAlongAsTraceparentAndNoneWithoutOne() {
        status = 200;
        SpanContext delivery = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault());
        try (Scope ignored = Context.root().with(Span.wrap(delivery)).makeCurrent()) {
            sender(consumer()).send(event());
        }
        sender(consumer()).send(event());

        assertThat(requests.get(0).get("traceparent"))
                .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(requests.get(1).get("traceparent")).isEqualTo("null");
    }

    @Test
    void a422IsARefusalWithTheProblemsWords() {
        status = 422;
        body = """
                {"type": "https://partnerdesk.io/problems/event-not-accepted", "title": "Event not accepted",
                 "status": 422, "detail": "data.number is required for support-request.created"}""";

        assertThat(sender(consumer()).send(event())).isEqualTo(new Delivery.Rejected(422,
                "Event not accepted: data.number is required for support-request.created"));
    }

    @Test
    void a400WithViolationsIsARefusalNamingThem() {
        status = 400;
        body = """
                {"title": "Invalid request", "status": 400,
                 "violations": [{"field": "subject.kind", "message": "must not be blank"}]}""";

        assertThat(sender(consumer()).send(event()))
                .isEqualTo(new Delivery.Rejected(400, "Invalid request; subject.kind must not be blank"));
    }

    @Test
    void serverErrorsAndThrottlingAreFailuresToRetry() {
        status = 503;
        body = "{\"title\": \"Service Unavailable\", \"status\": 503}";
        assertThat(sender(consumer()).send(event()))
                .isEqualTo(new Delivery.Failed("http_503", "HTTP 503: Service Unavailable"));
        status = 429;
        body = null;
        assertThat(sender(consumer()).send(event())).isEqualTo(new Delivery.Failed("http_429", "HTTP 429: (no body)"));
    }

    @Test
    void a401IsTriedOnceMoreWithAFreshTokenAtOnce() {
        script.add(401);
        status = 201;
        assertThat(sender(consumer()).send(event())).isEqualTo(new Delivery.Delivered(201));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).get("authorization")).isEqualTo("Bearer token-1");
        assertThat(requests.get(1).get("authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void aSecond401WithAFreshTokenIsARefusalSoTheRowIsParkedNotRetriedForever() {
        status = 401;
        Delivery delivery = sender(consumer()).send(event());
        assertThat(delivery).isInstanceOfSatisfying(Delivery.Rejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(401);
            assertThat(rejected.reason()).contains("freshly issued service token");
        });
        assertThat(requests).hasSize(2);
    }

    @Test
    void a403IsARefusalNamingTheMissingRole() {
        status = 403;
        body = "{\"title\":\"Not allowed\",\"detail\":\"Your role does not allow this operation.\"}";
        assertThat(sender(consumer()).send(event())).isInstanceOfSatisfying(Delivery.Rejected.class, rejected -> {
            assertThat(rejected.status()).isEqualTo(403);
            assertThat(rejected.reason()).contains("role 'service'").contains("Your role does not allow");
        });
    }

    @Test
    void notFoundConflictAndGoneAreRefusals() {
        for (int refused : new int[]{ 404, 409, 410 }) {
            status = refused;
            assertThat(sender(consumer()).send(event())).as("HTTP %d", refused).isInstanceOf(Delivery.Rejected.class);
        }
    }

    @Test
    void onlyOutagesOfTheWholeConsumerStopAPass() {
        assertThat(new Delivery.Failed("http_500", "HTTP 500").consumerWide()).isFalse();
        for (String kind : new String[]{ "http_503", "http_502", "http_504", "http_429", "timeout", "unreachable", "io",
                "token" }) {
            assertThat(new Delivery.Failed(kind, "x").consumerWide()).as(kind).isTrue();
        }
    }

    @Test
    void aSlowConsumerTimesOutAndADeadOneIsUnreachable() throws IOException {
        status = 201;
        delayMillis = 2000;
        Delivery slow = sender(consumer()).send(event());
        assertThat(slow).isEqualTo(new Delivery.Failed("timeout", "no answer within 500 ms"));

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Delivery dead = sender(URI.create("http://127.0.0.1:" + closedPort + "/internal/v1/events")).send(event());
        assertThat(dead).isInstanceOf(Delivery.Failed.class);
        assertThat(((Delivery.Failed) dead).kind()).isEqualTo("unreachable");
    }

    @Test
    void noTokenIsAFailureToRetryAndNothingIsSent() {
        ServiceTokens broken = new ServiceTokens() {
            @Override
            public String accessToken() {
                throw new IllegalStateException("realm unreachable");
            }

            @Override
            public void invalidate() {
            }
        };
        Delivery delivery = new HttpEventSender(consumer(), Duration.ofMillis(500), Duration.ofMillis(500), broken,
                new ObjectMapper()).send(event());
        assertThat(delivery).isEqualTo(new Delivery.Failed("token", "no service token: realm unreachable"));
        assertThat(requests).isEmpty();
    }
}
