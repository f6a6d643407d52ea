package io.partnerdesk.messagecenter;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum IssueClassification {
    @JsonProperty("incident")
    INCIDENT,
    @JsonProperty("advisory")
    ADVISORY
}
