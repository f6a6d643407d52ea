package io.partnerdesk.messagecenter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.messagecenter.MessageState;

@Schema(name = "ViewPoint", description = "The calling user's own view of the message.")
public record ViewPoint(boolean isRead, boolean isArchived, boolean isFavorite) {

    public static ViewPoint of(MessageState state) {
        return state == null ? new ViewPoint(false, false, false) : new ViewPoint(state.read, state.archived, state.favorite);
    }
}
