package io.partnerdesk.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.partnerdesk.http.json.JsonNames;

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

    /** The name clients see in JSON, in messages and timeline entries too. */
    public String jsonName() {
        return JsonNames.of(this);
    }
}
