package io.partnerdesk.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How often a subscription is billed. */
public enum BillingCycle {
    @JsonProperty("monthly")
    MONTHLY,
    @JsonProperty("annual")
    ANNUAL
}
