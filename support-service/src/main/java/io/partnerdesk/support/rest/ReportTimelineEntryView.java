package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.support.ReportTimelineEvent;

@Schema(name = "ProblemReportTimelineEntry", description = "One change of a problem report.")
public record ReportTimelineEntryView(UUID id, UUID reportId, Instant at,
        @Schema(example = "contoso-admin") String actor, @Schema(example = "partner") String actorRole,
        @Schema(example = "status_changed",
                description = "created, edited, status_changed, resolved, escalated, note_added") String type,
        @Schema(example = "new → inProgress") String detail) {

    public static ReportTimelineEntryView from(ReportTimelineEvent e) {
        return new ReportTimelineEntryView(e.id, e.reportId, e.createdAt, e.actor, e.actorRole, e.type, e.detail);
    }

    public static Cursor cursor(ReportTimelineEvent e) {
        return new Cursor(e.createdAt, e.id);
    }
}
