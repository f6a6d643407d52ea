package io.partnerdesk.messagecenter.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.json.JsonNames;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageCategory;
import io.partnerdesk.messagecenter.MessageKind;
import io.partnerdesk.messagecenter.MessageReader;
import io.partnerdesk.messagecenter.MessageSeverity;
import io.partnerdesk.messagecenter.MessageState;
import io.partnerdesk.messagecenter.ReadMark;
import io.partnerdesk.messagecenter.repository.MessageSearch;
import io.partnerdesk.messagecenter.repository.MessageSearch.Filters;
import io.partnerdesk.messagecenter.repository.MessageSearch.Seen;
import io.partnerdesk.messagecenter.rest.Audience;
import io.partnerdesk.messagecenter.rest.BulkViewResult;
import io.partnerdesk.messagecenter.rest.MessagePatch;
import io.partnerdesk.messagecenter.rest.NewMessage;
import io.partnerdesk.messagecenter.webhook.WebhookFanOut;
import io.quarkus.logging.Log;

/**
 * Messages: operators publish and edit them; each reader sees those its audience rules give it, in their time
 * window, with its own view state.
 */
@ApplicationScoped
public class MessageService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MessageSearch search;

    @Inject
    WebhookFanOut webhooks;

    @Inject
    UnreadCounts unreadCounts;

    /** One page of the reader's messages, newest first. */
    public List<Seen> list(MessageReader reader, Filters filters, PageRequest page) {
        return search.list(reader, filters, page);
    }

    /** One message, if the reader's audience rules give it; else 404, whether it exists or not. */
    public Seen get(MessageReader reader, UUID id) {
        return search.one(reader, id).orElseThrow(() -> Problems.notFound("Message", id));
    }

    public long unreadCount(MessageReader reader) {
        return unreadCounts.count(reader);
    }

    /**
     * Sets one flag of one user's view of one message, creating the row if it is the first: an upsert, because the
     * same user's parallel calls (two tabs, a retried request) both find no row and both insert; a plain insert made
     * the second a primary-key violation. Only the action's own column is written, so parallel actions on different
     * flags never undo each other.
     */
    private void writeFlag(UUID messageId, String userId, ViewAction action, boolean readNow, Instant now) {
        String column = action.column;
        boolean readAction = "is_read".equals(column);
        // A new row keeps what the reader sees now (read by a read mark, say); only a read action dates the read flag.
        em.createNativeQuery("insert into message_states (message_id, user_id, is_read, is_archived, is_favorite,"
                + " updated_at, read_changed_at) values (:message, :user, :read, :archived, :favorite, :now, "
                + (readAction ? ":now" : "cast(null as timestamptz)") + ")"
                + " on conflict (message_id, user_id) do update set " + column + " = excluded." + column
                + ", updated_at = excluded.updated_at"
                + (readAction ? ", read_changed_at = excluded.read_changed_at" : ""))
                .setParameter("message", messageId).setParameter("user", userId)
                .setParameter("read", readAction ? action.value : readNow)
                .setParameter("archived", "is_archived".equals(column) && action.value)
                .setParameter("favorite", "is_favorite".equals(column) && action.value)
                .setParameter("now", now)
                .executeUpdate();
        // A MessageState of this row loaded above is now stale, but nothing in this transaction reads or changes it.
    }

    /** The view actions of the Message Center, each a change of one flag (one column) of the user's view state. */
    public enum ViewAction {
        MARK_READ(s -> s.read, "is_read", true),
        MARK_UNREAD(s -> s.read, "is_read", false),
        ARCHIVE(s -> s.archived, "is_archived", true),
        UNARCHIVE(s -> s.archived, "is_archived", false),
        FAVORITE(s -> s.favorite, "is_favorite", true),
        UNFAVORITE(s -> s.favorite, "is_favorite", false);

        private final Function<MessageState, Boolean> flag;
        private final String column;
        private final boolean value;

        ViewAction(Function<MessageState, Boolean> flag, String column, boolean value) {
            this.flag = flag;
            this.column = column;
            this.value = value;
        }
    }

    /** Applies a view action to the messages the reader can see; the others are reported as not found. */
    @Transactional
    public BulkViewResult apply(MessageReader reader, ViewAction action, List<UUID> ids) {
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        Map<UUID, Message> visible = search.visibleAmong(reader, wanted).stream()
                .collect(Collectors.toMap(m -> m.id, m -> m));

        Map<UUID, MessageState> states = MessageState.<MessageState> list("key.userId = ?1 and key.messageId in ?2",
                reader.userId(), visible.keySet()).stream().collect(Collectors.toMap(s -> s.key.messageId(), s -> s));
        ReadMark mark = ReadMark.findById(reader.userId());
        Instant now = Timestamps.now(clock);
        List<UUID> changed = new ArrayList<>();
        List<UUID> unchanged = new ArrayList<>();
        List<UUID> notFound = new ArrayList<>();
        for (UUID id : wanted) {
            Message message = visible.get(id);
            if (message == null) {
                notFound.add(id);
                continue;
            }
            MessageState state = states.get(id);
            boolean read = ReadMark.isRead(message, state, mark);
            boolean current = action.column.equals("is_read") ? read : state != null && action.flag.apply(state);
            if (current == action.value) {
                unchanged.add(id);
                continue;
            }
            writeFlag(id, reader.userId(), action, read, now);
            boolean archived = state != null && state.archived;
            boolean unreadBefore = !read && !archived;
            boolean unreadAfter = action.column.equals("is_read") ? !action.value && !archived
                    : action.column.equals("is_archived") ? !read && !action.value : unreadBefore;
            if (unreadBefore != unreadAfter) {
                unreadCounts.adjust(reader.userId(), message, unreadAfter ? 1 : -1);
            }
            changed.add(id);
        }
        return new BulkViewResult(changed, unchanged, notFound);
    }

    /**
     * Marks every message the reader can see, created up to {@code before} (now when null or later), as read, in one
     * write whatever the volume: the user's read mark moves forward, never back.
     *
     * @return the time up to which messages are now read
     */
    @Transactional
    public Instant markAllRead(MessageReader reader, Instant before) {
        Instant now = Timestamps.now(clock);
        // Microseconds, as PostgreSQL keeps them (it would round a client's nanoseconds, not cut them).
        Instant upTo = before == null || before.isAfter(now) ? now
                : before.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // One statement: the mark moves forward only, and the row says where it stands now.
        Object readBefore = em.createNativeQuery("insert into read_marks (user_id, read_before, marked_at)"
                + " values (:user, :before, :now) on conflict (user_id) do update set"
                + " read_before = greatest(read_marks.read_before, excluded.read_before), marked_at = excluded.marked_at"
                + " returning read_before", Instant.class)
                .setParameter("user", reader.userId()).setParameter("before", upTo).setParameter("now", now)
                .getSingleResult();
        unreadCounts.readMarkMoved(reader.userId(), (Instant) readBefore);
        return (Instant) readBefore;
    }

    @Transactional
    public Message publish(NewMessage request) {
        Instant now = Timestamps.now(clock);
        Message m = new Message();
        m.id = UUID.randomUUID();
        m.kind = MessageKind.ANNOUNCEMENT;
        m.title = request.title().trim();
        m.body = request.body().trim();
        m.category = request.category();
        m.severity = request.severity();
        m.services = request.services() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(request.services());
        m.tags = request.tags() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(request.tags());
        m.majorChange = Boolean.TRUE.equals(request.isMajorChange());
        m.actionRequiredBy = request.actionRequiredBy();
        m.startsAt = request.startsAt() == null ? now : request.startsAt();
        m.endsAt = request.endsAt();
        setAudience(m, request.audience());
        requireWindow(m.startsAt, m.endsAt);
        m.createdAt = now;
        m.updatedAt = now;
        m.persistAndFlush();
        webhooks.publish(webhooks.payloads().published(m, now));
        Log.infof("Message %s published to %s", m.id, m.audienceType);
        return m;
    }

    @Transactional
    public Message change(UUID id, String ifMatch, MessagePatch patch) {
        if (patch.changesNothing()) {
            throw Problems.invalid("body", "name at least one field to change");
        }
        Message m = Message.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw Problems.notFound("Message", id);
        }
        ETags.requireMatch(ifMatch, m.version);
        if (patch.title() != null) {
            m.title = patch.title().trim();
        }
        if (patch.body() != null) {
            m.body = patch.body().trim();
        }
        if (patch.category() != null) {
            m.category = patch.category();
        }
        if (patch.severity() != null) {
            m.severity = patch.severity();
        }
        if (patch.services() != null) {
            m.services.clear();
            m.services.addAll(patch.services());
        }
        if (patch.tags() != null) {
            m.tags.clear();
            m.tags.addAll(patch.tags());
        }
        if (patch.isMajorChange() != null) {
            m.majorChange = patch.isMajorChange();
        }
        if (patch.actionRequiredBy() != null) {
            m.actionRequiredBy = patch.actionRequiredBy();
        }
        if (patch.startsAt() != null) {
            m.startsAt = patch.startsAt();
        }
        if (patch.endsAt() != null) {
            m.endsAt = patch.endsAt();
        }
        if (patch.audience() != null) {
            setAudience(m, patch.audience());
        }
        requireWindow(m.startsAt, m.endsAt);
        m.updatedAt = Timestamps.now(clock);
        // Changing only a collection does not dirty the row; the version must still move for the ETag.
        em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        m.persistAndFlush();
        // The caller maps the message after this transaction (and its session) ended.
        Hibernate.initialize(m.services);
        Hibernate.initialize(m.tags);
        Hibernate.initialize(m.audienceIds);
        return m;
    }

    private static void setAudience(Message m, Audience audience) {
        List<String> ids = audience.idsOrEmpty();
        if (audience.type().listsMembers() && ids.isEmpty()) {
            throw Problems.invalid("audience.ids",
                    "must list at least one id for audience type " + JsonNames.of(audience.type()));
        }
        if (!audience.type().listsMembers() && !ids.isEmpty()) {
            throw Problems.invalid("audience.ids", "must be empty for audience type " + JsonNames.of(audience.type()));
        }
        if (audience.type() == AudienceType.TENANTS) {
            for (String tenant : ids) {
                try {
                    UUID.fromString(tenant);
                } catch (IllegalArgumentException e) {
                    throw Problems.invalid("audience.ids", "must be tenant ids (UUIDs) for audience type tenants");
                }
            }
        }
        m.audienceType = audience.type();
        m.audienceIds.clear();
        m.audienceIds.addAll(ids);
    }

    private static void requireWindow(Instant startsAt, Instant endsAt) {
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw Problems.invalid("endsAt", "must be after startsAt");
        }
    }
}
