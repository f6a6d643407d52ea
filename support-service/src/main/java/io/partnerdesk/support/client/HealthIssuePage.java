package io.partnerdesk.support.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page of messagecenter-service's health issues. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthIssuePage(List<HealthIssueRecord> items, String nextCursor) {
}
