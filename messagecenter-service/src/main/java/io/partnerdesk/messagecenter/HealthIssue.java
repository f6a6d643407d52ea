package io.partnerdesk.messagecenter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An incident or advisory on a service, moved along by operators' posts. */
@Entity
@Table(name = "health_issues")
public class HealthIssue extends PanacheEntityBase {

    @Id
    public UUID id;

    public String service;

    public String title;

    @Column(name = "impact_description")
    public String impactDescription;

    @Enumerated(EnumType.STRING)
    public IssueClassification classification;

    @Enumerated(EnumType.STRING)
    public HealthStatus status;

    public String feature;

    public boolean resolved;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
