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

/** A reply on a support request; internal notes are seen by engineers only. Never edited. */
@Entity
@Table(name = "support_request_notes")
public class RequestNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "request_id")
    public UUID requestId;

    public String author;

    @Column(name = "author_role")
    public String authorRole;

    @Enumerated(EnumType.STRING)
    public NoteVisibility visibility;

    public String text;

    @Column(name = "created_at")
    public Instant createdAt;
}
