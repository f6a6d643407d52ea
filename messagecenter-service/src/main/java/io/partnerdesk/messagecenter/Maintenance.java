package io.partnerdesk.messagecenter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A planned maintenance window of one service, announced in the Message Center when it is published. */
@Entity
@Table(name = "maintenances")
public class Maintenance extends PanacheEntityBase {

    @Id
    public UUID id;

    public String service;

    public String title;

    public String description;

    public String impact;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The Message Center announcement published with the window. */
    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
