package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.ReportNote;

@Schema(name = "ProblemReportNote", description = """
        A note on a problem report. shared: the customer and its partner read it; internal: the partner's own.
        A note with supportRequestNoteId is 21Vianet's conversation on the escalation, shown on the report.""")
public record ReportNoteView(UUID id, UUID reportId, @Schema(example = "tailspin-admin") String author,
        @Schema(example = "customer", description = "customer, partner or support-engineer") String authorRole,
        NoteVisibility visibility, String text,
        @Schema(nullable = true,
                description = "The support request note this one shows, when it came from the escalation") UUID supportRequestNoteId,
        Instant createdAt) {

    public static ReportNoteView from(ReportNote n) {
        return new ReportNoteView(n.id, n.reportId, n.author, n.authorRole, n.visibility, n.text,
                n.supportRequestNoteId, n.createdAt);
    }

    public static Cursor cursor(ReportNote n) {
        return new Cursor(n.createdAt, n.id);
    }
}
