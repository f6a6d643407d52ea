package io.partnerdesk.messagecenter;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A row of a message's listed audience, read as an entity so that a tenant's or a partner's messages are paged in the
 * order of its own rows ({@code message_audience_members_page}). Written only through {@link Message#audienceIds};
 * its {@code createdAt} is the message's, set by the database (V9). Named {@code id} and {@code createdAt} like every
 * paged entity, so that {@code Keyset} pages it.
 */
@Entity
@Immutable
@Table(name = "message_audience_members")
@IdClass(AudienceMember.Key.class)
public class AudienceMember {

    /** The composite key: message and member. */
    public record Key(UUID id, String memberId) implements Serializable {
    }

    /** The message's id. */
    @Id
    @Column(name = "message_id")
    public UUID id;

    @Id
    @Column(name = "member_id")
    public String memberId;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
