package io.partnerdesk.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.RequestNote;
import io.partnerdesk.support.SupportRequest;

/**
 * Shows the shared conversation of an escalated support request on the customer's problem report: each shared note
 * is copied, with its id, in the transaction that adds it. Internal notes are never copied. The customer is already
 * told of the note by {@code support-request.note-added}, so the copy emits no event of its own.
 */
@ApplicationScoped
public class EscalationNotes {

    @Inject
    ReportTimeline timeline;

    public void onNoteAdded(SupportRequest request, RequestNote note) {
        if (request.problemReportId == null || note.visibility != NoteVisibility.SHARED) {
            return;
        }
        timeline.noteAs(note.author, note.authorRole, request.problemReportId, note.text, NoteVisibility.SHARED,
                note.id, " on support request " + request.displayNumber(), note.createdAt);
    }
}
