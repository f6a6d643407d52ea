package io.partnerdesk.messagecenter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnreadCount", description = "Current, not archived, unread messages of the calling user.")
public record UnreadCount(@Schema(example = "3") long unread) {
}
