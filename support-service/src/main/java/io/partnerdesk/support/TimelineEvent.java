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

/**
 * One change of a support request: who, in which role, when, what. Events about internal notes are internal
 * themselves, so that the timeline never reveals them to partners or customers.
 */
@Entity
@Table(name = "support_request_events")
public class TimelineEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

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
