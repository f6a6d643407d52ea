package io.partnerdesk.messagecenter.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MarkAllRead", description = "Marks every message the caller can see, created up to a time, as read.")
public record MarkAllRead(
        @Schema(description = "Messages created up to this time (default and at most: now)", nullable = true,
                examples = "2026-11-30T08:00:00Z") Instant before) {
}
