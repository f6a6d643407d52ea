package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.RequestNote;

@Schema(name = "Note", description = "A reply on a support request.")
public record NoteView(UUID id, UUID requestId, @Schema(example = "vianet-engineer") String author,
        @Schema(example = "support-engineer") String authorRole, NoteVisibility visibility, String text,
        Instant createdAt) {

    public static NoteView from(RequestNote n) {
        return new NoteView(n.id, n.requestId, n.author, n.authorRole, n.visibility, n.text, n.createdAt);
    }

    public static Cursor cursor(RequestNote n) {
        return new Cursor(n.createdAt, n.id);
    }
}
