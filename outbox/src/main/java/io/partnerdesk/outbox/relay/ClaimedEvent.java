package io.partnerdesk.outbox.relay;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row a relay holds the lease of: what to send, how often sending it has failed so far, and the W3C
 * traceparent of the change that wrote it (null when none).
 */
public record ClaimedEvent(long seq, UUID eventId, String type, String payload, int attempts, Instant createdAt,
        String traceParent) {
}
