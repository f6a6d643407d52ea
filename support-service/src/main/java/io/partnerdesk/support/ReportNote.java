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
 * A note on a problem report: shared between customer and partner, or internal to the partner. A shared note of the
 * escalation's support request is copied here (with its id), so that the customer reads 21Vianet's answers on its
 * own report. Never edited.
 */
@Entity
@Table(name = "problem_report_notes")
public class ReportNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public String author;

    @Column(name = "author_role")
    public String authorRole;

    @Enumerated(EnumType.STRING)
    public NoteVisibility visibility;

    public String text;

    @Column(name = "support_request_note_id")
    public UUID supportRequestNoteId;

    @Column(name = "created_at")
    public Instant createdAt;
}
