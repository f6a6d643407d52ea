package io.partnerdesk.messagecenter;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum MessageSeverity {
    @JsonProperty("normal")
    NORMAL,
    @JsonProperty("high")
    HIGH,
    @JsonProperty("critical")
    CRITICAL
}
