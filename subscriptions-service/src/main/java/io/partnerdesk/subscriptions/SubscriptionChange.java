package io.partnerdesk.subscriptions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One recorded change of one field of a subscription: who, in which role, when, from what to what. Never updated. */
@Entity
@Table(name = "subscription_changes")
public class SubscriptionChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    /** The approved change request this change carried out, if any. */
    @Column(name = "change_request_id")
    public UUID changeRequestId;

    @Column(name = "created_at")
    public Instant createdAt;
}
