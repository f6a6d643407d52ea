package io.partnerdesk.support;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

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

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
