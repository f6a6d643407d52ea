package io.partnerdesk.messagecenter;

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

/** A customer tenant's acknowledgement of a message requiring action: one per tenant, never changed. */
@Entity
@Table(name = "message_acknowledgements")
@IdClass(MessageAcknowledgement.Key.class)
public class MessageAcknowledgement extends PanacheEntityBase {

    public static final int NOTE_MAX = 1000;

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Id
    @Column(name = "tenant_id")
    public UUID tenantId;

    /** The user's display name, as the Message Center shows it to the tenant's partner. */
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_by_subject")
    public String acknowledgedBySubject;

    public String note;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** The composite key: one acknowledgement per message and tenant. */
    public static class Key implements Serializable {

        public UUID messageId;
        public UUID tenantId;

        public Key() {
        }

        public Key(UUID messageId, UUID tenantId) {
            this.messageId = messageId;
            this.tenantId = tenantId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(messageId, k.messageId)
                    && Objects.equals(tenantId, k.tenantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(messageId, tenantId);
        }
    }
}
