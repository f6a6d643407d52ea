package io.partnerdesk.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.partnerdesk.http.json.JsonNames;

/** Lifecycle of a subscription: active and suspended alternate; cancelled is final. */
public enum SubscriptionStatus {
    @JsonProperty("active")
    ACTIVE,
    @JsonProperty("suspended")
    SUSPENDED,
    @JsonProperty("cancelled")
    CANCELLED;

    /** The name clients see in JSON, in messages and timeline entries too. */
    public String jsonName() {
        return JsonNames.of(this);
    }
}
