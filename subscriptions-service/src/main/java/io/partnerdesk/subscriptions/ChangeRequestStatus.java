package io.partnerdesk.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A customer's change request is decided once: approved or rejected by the partner, or withdrawn by the customer. */
public enum ChangeRequestStatus {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("approved")
    APPROVED,
    @JsonProperty("rejected")
    REJECTED,
    @JsonProperty("withdrawn")
    WITHDRAWN;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
