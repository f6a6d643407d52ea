package io.partnerdesk.support;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.partnerdesk.http.json.JsonNames;

/**
 * {@code new → inProgress → resolved → closed}, with {@code escalated} when the partner hands the problem to 21Vianet;
 * see {@code service.ReportLifecycle}.
 */
public enum ReportStatus {
    @JsonProperty("new")
    NEW,
    @JsonProperty("inProgress")
    IN_PROGRESS,
    @JsonProperty("escalated")
    ESCALATED,
    @JsonProperty("resolved")
    RESOLVED,
    @JsonProperty("closed")
    CLOSED;

    /** The name clients see in JSON, in messages and timeline entries too. */
    public String jsonName() {
        return JsonNames.of(this);
    }
}
