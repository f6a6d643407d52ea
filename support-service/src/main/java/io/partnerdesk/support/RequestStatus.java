package io.partnerdesk.support;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.partnerdesk.http.json.JsonNames;

/** {@code open → in_progress ⇄ awaiting_partner → resolved → closed}; see {@code service.RequestLifecycle}. */
public enum RequestStatus {
    @JsonProperty("open")
    OPEN,
    @JsonProperty("in_progress")
    IN_PROGRESS,
    @JsonProperty("awaiting_partner")
    AWAITING_PARTNER,
    @JsonProperty("resolved")
    RESOLVED,
    @JsonProperty("closed")
    CLOSED;

    /** The name clients see in JSON, in messages and timeline entries too. */
    public String jsonName() {
        return JsonNames.of(this);
    }
}
