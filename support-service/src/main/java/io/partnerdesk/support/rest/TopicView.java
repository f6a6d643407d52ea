package io.partnerdesk.support.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.support.SupportTopic;

@Schema(name = "SupportTopic", description = "A service or area a support request can be about.")
public record TopicView(UUID id, @Schema(example = "Exchange Online") String name,
        @Schema(example = "Mail flow, mailboxes, calendars") String description, boolean active,
        @Schema(nullable = true, example = "Exchange Online",
                description = "The Message Center service whose open health issues a new request on this topic is told of") String healthService) {

    public static TopicView from(SupportTopic t) {
        return new TopicView(t.id, t.name, t.description, t.active, t.healthService);
    }

    public static Cursor cursor(SupportTopic t) {
        return new Cursor(t.createdAt, t.id);
    }
}
