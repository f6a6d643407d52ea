package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.support.TimelineEvent;

@Schema(name = "TimelineEntry", description = "One change of a support request.")
public record TimelineEntryView(UUID id, UUID requestId, Instant at, @Schema(example = "vianet-engineer") String actor,
        @Schema(example = "support-engineer") String actorRole,
        @Schema(example = "status_changed",
                description = "created, edited, status_changed, assigned, severity_lowered, note_added") String type,
        @Schema(example = "open → in_progress") String detail) {

    public static TimelineEntryView from(TimelineEvent e) {
        return new TimelineEntryView(e.id, e.requestId, e.createdAt, e.actor, e.actorRole, e.type, e.detail);
    }

    public static Cursor cursor(TimelineEvent e) {
        return new Cursor(e.createdAt, e.id);
    }
}
