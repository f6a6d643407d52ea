package io.partnerdesk.messagecenter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.messagecenter.WebhookDelivery;

@Schema(name = "WebhookDelivery", description = "One event on its way to one webhook, with every attempt.")
public record WebhookDeliveryView(
        UUID id,
        @Schema(description = "The event's id, sent as webhook-id: the same on every attempt and redelivery") UUID eventId,
        @Schema(example = "subscription.changed") String eventType,
        WebhookDelivery.State state,
        List<Attempt> attempts,
        @Schema(nullable = true,
                description = "When it is tried next; null once it succeeded or failed") Instant nextAttemptAt,
        @Schema(nullable = true, description = "Why the last attempt failed; null after a success") String lastError,
        Instant createdAt,
        @Schema(nullable = true, description = "When it succeeded or failed for good") Instant finishedAt) {

    @Schema(name = "WebhookDeliveryAttempt", description = "One try: the receiver's status, or why it gave none.")
    public record Attempt(int attempt, Instant attemptedAt,
            @Schema(nullable = true,
                    description = "The receiver's HTTP status; null when it gave none") Integer statusCode,
            @Schema(nullable = true, description = "Why there was no answer; null when there was one",
                    example = "could not connect") String error,
            long latencyMs) {
    }

    public static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id, d.eventId, d.eventType, d.state,
                d.attemptLog.stream().map(a -> new Attempt(a.attempt, a.attemptedAt, a.statusCode, a.error,
                        a.latencyMs)).toList(),
                d.state == WebhookDelivery.State.PENDING ? d.nextAttemptAt : null, d.lastError, d.createdAt,
                d.finishedAt);
    }

    public static Cursor cursor(WebhookDelivery d) {
        return new Cursor(d.createdAt, d.id);
    }
}
