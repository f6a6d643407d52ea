package io.partnerdesk.messagecenter;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The Message Center's categories, as in the Microsoft 365 admin center. */
public enum MessageCategory {
    @JsonProperty("preventOrFixIssue")
    PREVENT_OR_FIX_ISSUE,
    @JsonProperty("planForChange")
    PLAN_FOR_CHANGE,
    @JsonProperty("stayInformed")
    STAY_INFORMED
}
