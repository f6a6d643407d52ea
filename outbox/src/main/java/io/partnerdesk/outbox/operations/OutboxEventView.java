package io.partnerdesk.outbox.operations;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;

@Schema(name = "OutboxEvent", description = "An event in a producing service's outbox, as operators see it.")
public record OutboxEventView(
        @Schema(description = "The event's id (the consumer deduplicates by it)") UUID id,
        @Schema(examples = "subscription.changed") String type,
        @Schema(description = "kind:id of what the event is about; events of one subject are delivered in order",
                examples = "subscription:6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02") String subject,
        @Schema(enumeration = {
                "pending", "parked", "discarded", "delivered" }) String status,
        @Schema(description = "Attempts since it was written or last retried") int attempts,
        @Schema(description = "Attempts before operators' retries") int previousAttempts,
        @Schema(description = "Why the last attempt failed, or why it was parked", nullable = true) String lastError,
        Instant createdAt,
        @Schema(nullable = true) Instant firstAttemptAt,
        @Schema(nullable = true) Instant lastAttemptAt,
        @Schema(description = "When a pending event is tried next") Instant nextAttemptAt,
        @Schema(nullable = true) Instant parkedAt,
        @Schema(description = "The operator who last retried or discarded it", nullable = true) String resolvedBy,
        @Schema(description = "'retried', or 'discarded: <reason>'", nullable = true) String resolution,
        @Schema(nullable = true) Instant resolvedAt) {

    static OutboxEventView from(OutboxRepair.Entry e) {
        return new OutboxEventView(e.eventId(), e.type(), e.subject(), e.status(), e.attempts(), e.previousAttempts(),
                e.lastError(), e.createdAt(), e.firstAttemptAt(), e.lastAttemptAt(), e.nextAttemptAt(), e.parkedAt(),
                e.resolvedBy(), e.resolution(), e.resolvedAt());
    }

    static Cursor cursor(OutboxRepair.Entry e) {
        return new Cursor(e.createdAt(), e.eventId());
    }
}
