package io.partnerdesk.support;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A support request linked to a health issue of messagecenter-service (which owns the issue: only its id, service and
 * title as they were when linked are kept here). When the issue is resolved, the resolution is noted on the request
 * once ({@link #resolutionNotedAt}).
 */
@Entity
@Table(name = "support_request_health_issues")
@IdClass(HealthIssueLink.Key.class)
public class HealthIssueLink extends PanacheEntityBase {

    @Id
    @Column(name = "support_request_id")
    public UUID supportRequestId;

    @Id
    @Column(name = "health_issue_id")
    public UUID healthIssueId;

    public String service;

    public String title;

    @Column(name = "linked_by")
    public String linkedBy;

    @Column(name = "linked_by_role")
    public String linkedByRole;

    @Column(name = "linked_at")
    public Instant linkedAt;

    @Column(name = "resolution_noted_at")
    public Instant resolutionNotedAt;

    /** The composite key: one link per request and issue. */
    public static class Key implements Serializable {

        public UUID supportRequestId;
        public UUID healthIssueId;

        public Key() {
        }

        public Key(UUID supportRequestId, UUID healthIssueId) {
            this.supportRequestId = supportRequestId;
            this.healthIssueId = healthIssueId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(supportRequestId, k.supportRequestId)
                    && Objects.equals(healthIssueId, k.healthIssueId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(supportRequestId, healthIssueId);
        }
    }
}
