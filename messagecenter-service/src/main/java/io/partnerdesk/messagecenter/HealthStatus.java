package io.partnerdesk.messagecenter;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Status of a service or of a service health issue, as in Microsoft 365 service health. */
public enum HealthStatus {
    @JsonProperty("serviceOperational")
    SERVICE_OPERATIONAL,
    @JsonProperty("investigating")
    INVESTIGATING,
    @JsonProperty("restoringService")
    RESTORING_SERVICE,
    @JsonProperty("verifyingService")
    VERIFYING_SERVICE,
    @JsonProperty("serviceRestored")
    SERVICE_RESTORED,
    @JsonProperty("serviceDegradation")
    SERVICE_DEGRADATION,
    @JsonProperty("serviceInterruption")
    SERVICE_INTERRUPTION,
    @JsonProperty("extendedRecovery")
    EXTENDED_RECOVERY,
    @JsonProperty("falsePositive")
    FALSE_POSITIVE,
    @JsonProperty("investigationSuspended")
    INVESTIGATION_SUSPENDED,
    @JsonProperty("postIncidentReviewPublished")
    POST_INCIDENT_REVIEW_PUBLISHED;

    /** An issue reaching one of these is over. */
    public boolean resolvesIssue() {
        return this == SERVICE_RESTORED || this == FALSE_POSITIVE || this == POST_INCIDENT_REVIEW_PUBLISHED;
    }
}
