package io.partnerdesk.outbox.relay;

import java.time.Instant;

/** The outbox as operators see it: rows still to deliver, since when, and rows parked for a person to look at. */
public record Backlog(long pending, Instant oldestPendingSince, long parked) {
}
