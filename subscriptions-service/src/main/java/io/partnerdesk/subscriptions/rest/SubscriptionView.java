package io.partnerdesk.subscriptions.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.subscriptions.BillingCycle;
import io.partnerdesk.subscriptions.Subscription;
import io.partnerdesk.subscriptions.SubscriptionStatus;

@Schema(name = "Subscription", description = "A customer's subscription to an offer.")
public record SubscriptionView(
        UUID id,
        UUID customerId,
        UUID offerId,
        @Schema(example = "Head office E3") String friendlyName,
        @Schema(example = "25") int quantity,
        BillingCycle billingCycle,
        boolean autoRenewEnabled,
        SubscriptionStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant termEndsAt,
        Instant cancellationAllowedUntil) {

    public static SubscriptionView from(Subscription s) {
        return new SubscriptionView(s.id, s.customerId, s.offer.id, s.friendlyName, s.quantity, s.billingCycle,
                s.autoRenewEnabled, s.status, s.createdAt, s.updatedAt, s.termEndsAt, s.cancellationAllowedUntil);
    }

    public static Cursor cursor(Subscription s) {
        return new Cursor(s.createdAt, s.id);
    }
}
