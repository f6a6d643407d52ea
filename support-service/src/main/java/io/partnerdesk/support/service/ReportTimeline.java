package io.partnerdesk.support.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.ReportNote;
import io.partnerdesk.support.ReportTimelineEvent;

/** Records each change of a problem report, and its notes, by the current caller, in the caller's transaction. */
@ApplicationScoped
public class ReportTimeline {

    @Inject
    Caller caller;

    public void record(UUID reportId, String type, String detail, NoteVisibility visibility, Instant at) {
        recordAs(caller.displayName(), caller.primaryRole(), reportId, type, detail, visibility, at);
    }

    private void recordAs(String actor, String actorRole, UUID reportId, String type, String detail,
            NoteVisibility visibility, Instant at) {
        ReportTimelineEvent event = new ReportTimelineEvent();
        event.id = UUID.randomUUID();
        event.reportId = reportId;
        event.actor = actor;
        event.actorRole = actorRole;
        event.type = type;
        event.detail = TextRules.fit(detail, Timeline.DETAIL_MAX);
        event.visibility = visibility;
        event.createdAt = at;
        event.persist();
    }

    public void shared(UUID reportId, String type, String detail, Instant at) {
        record(reportId, type, detail, NoteVisibility.SHARED, at);
    }

    /** A note by the caller, with its timeline entry (internal notes make internal entries). */
    public ReportNote note(UUID reportId, String text, NoteVisibility visibility, Instant at) {
        return noteAs(caller.displayName(), caller.primaryRole(), reportId, text, visibility, null, "", at);
    }

    /**
     * A note by {@code author}, with its timeline entry: the copy of a support request's note keeps the id and author
     * of the original, whoever wrote it (an engineer, or 21Vianet's service health through an event).
     */
    public ReportNote noteAs(String author, String authorRole, UUID reportId, String text, NoteVisibility visibility,
            UUID supportRequestNoteId, String context, Instant at) {
        ReportNote note = new ReportNote();
        note.id = UUID.randomUUID();
        note.reportId = reportId;
        note.author = author;
        note.authorRole = authorRole;
        note.visibility = visibility;
        note.text = text;
        note.supportRequestNoteId = supportRequestNoteId;
        note.createdAt = at;
        note.persist();
        recordAs(author, authorRole, reportId, "note_added",
                (visibility == NoteVisibility.INTERNAL ? "Internal note" : "Note") + " by " + author + context,
                visibility, at);
        return note;
    }
}
