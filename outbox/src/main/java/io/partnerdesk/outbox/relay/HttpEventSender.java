package io.partnerdesk.outbox.relay;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.tracing.TraceParents;

/**
 * Sends an event to messagecenter-service's {@code POST /internal/v1/events} with this service's token. The request id
 * is derived from the event id, so the consumer's log lines of every attempt of one event can be found together; the
 * current trace context (the relay's delivery span) goes along as {@code traceparent}.
 * Outcomes: 2xx delivered; 400/404/409/410/422 refused as the event is, 403 refused for this service's role, 401 once
 * more with a fresh token and then refused (all parked by the relay); 429, 5xx, timeouts and connection failures are
 * failures that a retry may mend.
 */
public final class HttpEventSender implements EventSender {

    private final HttpClient http;
    private final URI consumer;
    private final Duration requestTimeout;
    private final ServiceTokens tokens;
    private final ObjectMapper json;

    public HttpEventSender(URI consumer, Duration connectTimeout, Duration requestTimeout, ServiceTokens tokens,
            ObjectMapper json) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
        this.consumer = consumer;
        this.requestTimeout = requestTimeout;
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public Delivery send(ClaimedEvent event) {
        Delivery first = attempt(event);
        if (first instanceof Delivery.Rejected rejected && rejected.status() == 401) {
            // Expired or rotated: one more try with a token fetched now; a second 401 is a configuration fault.
            tokens.invalidate();
            Delivery second = attempt(event);
            if (second instanceof Delivery.Rejected again && again.status() == 401) {
                return new Delivery.Rejected(401, "the consumer refused a freshly issued service token (check the"
                        + " client's secret, issuer and audience partnerdesk-api): " + again.reason());
            }
            return second;
        }
        return first;
    }

    private Delivery attempt(ClaimedEvent event) {
        String token;
        try {
            token = tokens.accessToken();
        } catch (RuntimeException e) {
            return new Delivery.Failed("token", "no service token: " + e.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(consumer)
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("X-Request-Id", "outbox-" + event.eventId())
                .POST(HttpRequest.BodyPublishers.ofString(event.payload(), StandardCharsets.UTF_8));
        // The relay's delivery span (JDK's client is not instrumented): the consumer's handling joins the trace.
        TraceParents.inject(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            return new Delivery.Failed("unreachable", "consumer unreachable: " + describe(e));
        } catch (HttpTimeoutException e) {
            return new Delivery.Failed("timeout", "no answer within " + requestTimeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Delivery.Failed("io", "connection failed: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery.Failed("interrupted", "relay stopping");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Delivery.Delivered(status);
        }
        if (status == 400 || status == 404 || status == 409 || status == 410 || status == 422 || status == 401) {
            return new Delivery.Rejected(status, reason(response.body()));
        }
        if (status == 403) {
            return new Delivery.Rejected(403, "the consumer refused this service's token: it needs the realm role"
                    + " 'service' (" + reason(response.body()) + ")");
        }
        return new Delivery.Failed("http_" + status, "HTTP " + status + ": " + reason(response.body()));
    }

    /** The problem's title and detail (and violations), or the start of a body that is not a problem. */
    private String reason(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        try {
            JsonNode problem = json.readTree(body);
            StringBuilder reason = new StringBuilder(problem.path("title").asText(""));
            if (problem.hasNonNull("detail")) {
                reason.append(reason.isEmpty() ? "" : ": ").append(problem.get("detail").asText());
            }
            for (JsonNode violation : problem.path("violations")) {
                reason.append("; ").append(violation.path("field").asText()).append(' ')
                        .append(violation.path("message").asText());
            }
            if (!reason.isEmpty()) {
                return reason.toString();
            }
        } catch (IOException notJson) {
            // fall through to the raw body
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
