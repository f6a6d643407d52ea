package io.partnerdesk.messagecenter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An update on a health issue; a status, when given, moves the issue and its service. */
@Entity
@Table(name = "health_issue_posts")
public class HealthIssuePost extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "issue_id")
    public UUID issueId;

    public String author;

    public String text;

    @Enumerated(EnumType.STRING)
    public HealthStatus status;

    @Column(name = "created_at")
    public Instant createdAt;
}
