package io.partnerdesk.messagecenter;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One user's view of one message. A missing row means unread, not archived, not a favorite. */
@Entity
@Table(name = "message_states")
public class MessageState extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "message_id") UUID messageId, @Column(name = "user_id") String userId)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "is_read")
    public boolean read;

    @Column(name = "is_archived")
    public boolean archived;

    @Column(name = "is_favorite")
    public boolean favorite;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When the user last set the read flag itself; null if never (then a read mark decides). */
    @Column(name = "read_changed_at")
    public Instant readChangedAt;
}
