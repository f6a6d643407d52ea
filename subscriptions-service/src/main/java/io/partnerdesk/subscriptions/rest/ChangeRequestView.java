package io.partnerdesk.subscriptions.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.subscriptions.ChangeRequest;
import io.partnerdesk.subscriptions.ChangeRequestStatus;

@Schema(name = "ChangeRequest", description = "A customer's request that its partner change a subscription.")
public record ChangeRequestView(
        UUID id,
        UUID subscriptionId,
        UUID customerId,
        String partnerId,
        @Schema(example = "tailspin-admin") String requestedBy,
        @Schema(nullable = true, example = "40") Integer quantity,
        @Schema(nullable = true) Boolean autoRenewEnabled,
        boolean cancel,
        @Schema(example = "We hired 15 people in the Shanghai office.") String reason,
        ChangeRequestStatus status,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true) String decisionReason,
        Instant createdAt,
        Instant updatedAt) {

    public static ChangeRequestView from(ChangeRequest r) {
        return new ChangeRequestView(r.id, r.subscriptionId, r.customerId, r.partnerId, r.requestedBy, r.quantity,
                r.autoRenewEnabled, r.cancel, r.reason, r.status, r.decidedBy, r.decidedAt, r.decisionReason,
                r.createdAt, r.updatedAt);
    }

    public static Cursor cursor(ChangeRequest r) {
        return new Cursor(r.createdAt, r.id);
    }
}
