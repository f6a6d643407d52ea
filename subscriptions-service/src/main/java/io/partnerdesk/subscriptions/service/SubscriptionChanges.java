package io.partnerdesk.subscriptions.service;

import io.partnerdesk.subscriptions.SubscriptionStatus;

/** The changes asked of a subscription, by a partner's PATCH or an approved change request; null means unchanged. */
public record SubscriptionChanges(Integer quantity, Boolean autoRenewEnabled, String friendlyName,
        SubscriptionStatus status) {

    public boolean changesNothing() {
        return quantity == null && autoRenewEnabled == null && friendlyName == null && status == null;
    }
}
