package io.partnerdesk.support;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change of a problem report; entries about the partner's internal notes are never shown to the customer. */
@Entity
@Table(name = "problem_report_events")
public class ReportTimelineEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String type;

    public String detail;

    @Enumerated(EnumType.STRING)
    public NoteVisibility visibility;

    @Column(name = "created_at")
    public Instant createdAt;
}
