package io.partnerdesk.messagecenter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.messagecenter.MessageState;

@Schema(name = "ViewPoint", description = "The calling user's own view of the message.")
public record ViewPoint(boolean isRead, boolean isArchived, boolean isFavorite) {

    /** {@code read} as the reader's read mark and own state decide it together (see ReadMark). */
    public static ViewPoint of(MessageState state, boolean read) {
        return state == null ? new ViewPoint(read, false, false) : new ViewPoint(read, state.archived, state.favorite);
    }
}
