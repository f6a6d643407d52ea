package io.partnerdesk.messagecenter;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.partnerdesk.http.json.JsonNames;

/**
 * Where a maintenance window stands: {@code scheduled → inProgress → completed} by the clock, or {@code cancelled} by
 * an operator; see {@code service.MaintenanceClock}.
 */
public enum MaintenanceStatus {
    @JsonProperty("scheduled")
    SCHEDULED,
    @JsonProperty("inProgress")
    IN_PROGRESS,
    @JsonProperty("completed")
    COMPLETED,
    @JsonProperty("cancelled")
    CANCELLED;

    public String jsonName() {
        return JsonNames.of(this);
    }
}
