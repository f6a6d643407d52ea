package io.partnerdesk.subscriptions.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.subscriptions.SubscriptionChange;

@Schema(name = "SubscriptionHistoryEntry", description = "One change of one field of a subscription.")
public record HistoryEntryView(
        UUID id,
        UUID subscriptionId,
        Instant changedAt,
        @Schema(example = "contoso-admin") String actor,
        @Schema(example = "partner") String actorRole,
        @Schema(example = "quantity") String field,
        @Schema(example = "10", nullable = true) String oldValue,
        @Schema(example = "15", nullable = true) String newValue,
        @Schema(description = "The approved change request that made this change, if any.",
                nullable = true) UUID changeRequestId) {

    public static HistoryEntryView from(SubscriptionChange c) {
        return new HistoryEntryView(c.id, c.subscriptionId, c.createdAt, c.actor, c.actorRole, c.field, c.oldValue,
                c.newValue, c.changeRequestId);
    }

    public static Cursor cursor(SubscriptionChange c) {
        return new Cursor(c.createdAt, c.id);
    }
}
