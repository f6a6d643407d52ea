package io.partnerdesk.support.client;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of messagecenter-service's health issue a support request shows and links to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthIssueRecord(UUID id, String service, String title, String classification, String status,
        boolean resolved, Instant startedAt) {
}
