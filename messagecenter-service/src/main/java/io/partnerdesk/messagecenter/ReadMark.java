package io.partnerdesk.messagecenter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One user's "mark all read": every message created up to {@link #readBefore} is read for that user, whatever the
 * volume, without a row per message. A read flag the user set on one message after {@link #markedAt} (a later
 * markUnread) wins.
 */
@Entity
@Table(name = "read_marks")
public class ReadMark extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "read_before")
    public Instant readBefore;

    @Column(name = "marked_at")
    public Instant markedAt;

    /** Whether {@code message} is read for this mark's user, given the user's own state of it (may be null). */
    public static boolean isRead(Message message, MessageState state, ReadMark mark) {
        if (state != null && state.readChangedAt != null
                && (mark == null || state.readChangedAt.isAfter(mark.markedAt))) {
            return state.read;
        }
        if (mark != null && !message.createdAt.isAfter(mark.readBefore)) {
            return true;
        }
        return state != null && state.read;
    }
}
