package io.partnerdesk.messagecenter.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.messagecenter.HealthIssue;
import io.partnerdesk.messagecenter.HealthStatus;

class HealthRulesTest {

    private static HealthIssue issue(HealthStatus status, String updatedAt, boolean resolved) {
        HealthIssue issue = new HealthIssue();
        issue.id = UUID.randomUUID();
        issue.status = status;
        issue.updatedAt = Instant.parse(updatedAt);
        issue.resolved = resolved;
        return issue;
    }

    @Test
    @DisplayName("no open issue: operational")
    void operational() {
        assertThat(HealthRules.serviceStatus(List.of())).isEqualTo(HealthStatus.SERVICE_OPERATIONAL);
        assertThat(
                HealthRules.serviceStatus(List.of(issue(HealthStatus.SERVICE_RESTORED, "2026-11-24T10:00:00Z", true))))
                .isEqualTo(HealthStatus.SERVICE_OPERATIONAL);
    }

    @Test
    @DisplayName("open issues: the status of the most recently updated one")
    void latestOpenIssue() {
        assertThat(HealthRules.serviceStatus(List.of(
                issue(HealthStatus.SERVICE_INTERRUPTION, "2026-11-24T10:00:00Z", false),
                issue(HealthStatus.RESTORING_SERVICE, "2026-11-24T11:00:00Z", false),
                issue(HealthStatus.SERVICE_RESTORED, "2026-11-24T12:00:00Z", true))))
                .isEqualTo(HealthStatus.RESTORING_SERVICE);
    }

    @Test
    @DisplayName("serviceRestored, falsePositive and postIncidentReviewPublished resolve an issue; nothing else does")
    void resolving() {
        for (HealthStatus status : HealthStatus.values()) {
            boolean expected = status == HealthStatus.SERVICE_RESTORED || status == HealthStatus.FALSE_POSITIVE
                    || status == HealthStatus.POST_INCIDENT_REVIEW_PUBLISHED;
            assertThat(status.resolvesIssue()).as(status.name()).isEqualTo(expected);
        }
    }
}
