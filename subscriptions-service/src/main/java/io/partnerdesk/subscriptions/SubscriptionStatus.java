package io.partnerdesk.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Lifecycle of a subscription: active and suspended alternate; cancelled is final. */
public enum SubscriptionStatus {
    @JsonProperty("active")
    ACTIVE,
    @JsonProperty("suspended")
    SUSPENDED,
    @JsonProperty("cancelled")
    CANCELLED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
