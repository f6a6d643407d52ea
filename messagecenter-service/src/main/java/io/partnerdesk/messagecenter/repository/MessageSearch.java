package io.partnerdesk.messagecenter.repository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import io.partnerdesk.http.paging.Keyset;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.AudienceMember;
import io.partnerdesk.messagecenter.AudienceMember_;
import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageAcknowledgement;
import io.partnerdesk.messagecenter.MessageAcknowledgement_;
import io.partnerdesk.messagecenter.MessageCategory;
import io.partnerdesk.messagecenter.MessageKind;
import io.partnerdesk.messagecenter.MessageReader;
import io.partnerdesk.messagecenter.MessageSeverity;
import io.partnerdesk.messagecenter.MessageState;
import io.partnerdesk.messagecenter.MessageState_;
import io.partnerdesk.messagecenter.Message_;
import io.partnerdesk.messagecenter.ReadMark;
import io.partnerdesk.messagecenter.ReadMark_;
import io.partnerdesk.messagecenter.service.MessageProblems;

/**
 * The messages a reader may see, with the reader's own view of each: its state row (read, archived, favourite) and
 * its read mark ("mark all read"), joined in the same query so that filters, counts and pages never load a message
 * only to drop it. The audience rule and the time window are applied here, once, for every read.
 */
@ApplicationScoped
public class MessageSearch {

    /** Filters of the message list; null means no filter. */
    public record Filters(MessageCategory category, MessageSeverity severity, String service, String tag,
            MessageKind kind, Boolean unread, Boolean archived, Boolean favorite, Instant since, boolean includePast,
            String subjectType, String subjectId, Boolean acknowledged) {
    }

    /** A message with the reader's view of it: its own state row (may be null) and whether it counts as read. */
    public record Seen(Message message, MessageState state, boolean read) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * One page, newest first; archived messages only when asked for, and then only those.
     * <p>
     * A customer or a partner sees two kinds of messages: those for a whole audience (everyone, customers, partners),
     * and those listing it among their members (tenants, partner ids). Asked as one query, PostgreSQL had to hash every
     * message id listed for the reader before the first row (75-130 ms at 100,000 of them); asked as two, each walks its
     * own index newest first (the listed ones in the order of the reader's audience rows) and stops at the page's size,
     * and the two pages are merged. Every other reader sees one kind only.
     */
    public List<Seen> list(MessageReader reader, Filters filters, PageRequest page) {
        return switch (reader.kind()) {
            case CUSTOMER, PARTNER -> merge(listOf(reader, filters, page, Source.GROUPS),
                    listOf(reader, filters, page, Source.LISTED), page.fetchSize());
            case STAFF -> listOf(reader, filters, page, Source.GROUPS);
            case OPERATOR -> listOf(reader, filters, page, Source.ALL);
        };
    }

    /** Where a list query looks for the reader's messages. */
    private enum Source {
        /** Messages for a whole audience the reader belongs to. */
        GROUPS,
        /** Messages listing the reader (its tenant or partner id) among their members, in its audience rows' order. */
        LISTED,
        /** Every message (operators). */
        ALL
    }

    private List<Seen> listOf(MessageReader reader, Filters filters, PageRequest page, Source source) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        ReaderView view = ReaderView.of(query, cb, reader);
        Root<Message> m = view.message;
        List<Predicate> where = new ArrayList<>(window(cb, m, reader, filters.includePast()));
        Path<?> pageKey = m;
        switch (source) {
            case GROUPS -> where.add(m.get(Message_.audienceType).in(groupsOf(reader)));
            case LISTED -> {
                Root<AudienceMember> member = query.from(AudienceMember.class);
                where.add(cb.equal(member.get(AudienceMember_.id), m.get(Message_.id)));
                where.add(cb.equal(member.get(AudienceMember_.memberId), reader.memberId()));
                where.add(cb.equal(m.get(Message_.audienceType), listedFor(reader)));
                pageKey = member;
            }
            case ALL -> {
                // operators: no audience rule
            }
        }
        addEqual(where, cb, m.get(Message_.category), filters.category());
        addEqual(where, cb, m.get(Message_.severity), filters.severity());
        addEqual(where, cb, m.get(Message_.kind), filters.kind());
        addEqual(where, cb, m.get(Message_.subjectType), filters.subjectType());
        addEqual(where, cb, m.get(Message_.subjectId), filters.subjectId());
        if (filters.service() != null) {
            where.add(cb.isMember(filters.service(), m.get(Message_.services)));
        }
        if (filters.tag() != null) {
            where.add(cb.isMember(filters.tag(), m.get(Message_.tags)));
        }
        if (filters.unread() != null) {
            where.add(cb.equal(view.isRead(cb), !filters.unread()));
        }
        where.add(view.flagIs(cb, MessageState_.archived, Boolean.TRUE.equals(filters.archived())));
        if (filters.favorite() != null) {
            where.add(view.flagIs(cb, MessageState_.favorite, filters.favorite()));
        }
        if (filters.since() != null) {
            where.add(cb.greaterThanOrEqualTo(m.get(Message_.updatedAt), filters.since()));
        }
        if (filters.acknowledged() != null) {
            where.add(acknowledgedByTenant(query, cb, m, reader, filters.acknowledged()));
        }
        // The listed source pages on its audience rows' (createdAt, id): the same values as the message's, in an
        // index of the reader's own rows.
        where.add(Keyset.after(cb, pageKey, page, Keyset.Order.NEWEST_FIRST));
        query.multiselect(m, view.state, view.mark).where(where.toArray(Predicate[]::new))
                .orderBy(Keyset.orderBy(cb, pageKey, Keyset.Order.NEWEST_FIRST));
        return em.createQuery(query).setMaxResults(page.fetchSize()).getResultList().stream().map(MessageSearch::seen)
                .toList();
    }

    /** PostgreSQL orders uuids by their bytes, unsigned; {@link UUID#compareTo} compares signed halves. */
    static int compareAsPostgres(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** Two pages, each newest first, as one: the first {@code size} of both. */
    private static List<Seen> merge(List<Seen> a, List<Seen> b, int size) {
        Comparator<Seen> newestFirst = Comparator.<Seen, Instant> comparing(seen -> seen.message().createdAt)
                .thenComparing(seen -> seen.message().id, MessageSearch::compareAsPostgres).reversed();
        return java.util.stream.Stream.concat(a.stream(), b.stream()).sorted(newestFirst).limit(size).toList();
    }

    /**
     * Messages requiring action that the reader's tenant has (or has not) acknowledged. Only a customer has a tenant:
     * anyone else asking is told so (400), not answered with an empty page.
     */
    private static Predicate acknowledgedByTenant(CriteriaQuery<?> query, CriteriaBuilder cb, Root<Message> m,
            MessageReader reader, boolean acknowledged) {
        if (reader.kind() != MessageReader.Kind.CUSTOMER) {
            throw MessageProblems.acknowledgedFilterForCustomers();
        }
        Subquery<Integer> ack = query.subquery(Integer.class);
        Root<MessageAcknowledgement> a = ack.from(MessageAcknowledgement.class);
        ack.select(cb.literal(1)).where(cb.equal(a.get(MessageAcknowledgement_.messageId), m.get(Message_.id)),
                cb.equal(a.get(MessageAcknowledgement_.tenantId), UUID.fromString(reader.memberId())));
        return cb.and(cb.isNotNull(m.get(Message_.actionRequiredBy)),
                acknowledged ? cb.exists(ack) : cb.not(cb.exists(ack)));
    }

    /** One message, if the reader's audience rules give it (past ones included). */
    public Optional<Seen> one(MessageReader reader, UUID id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        ReaderView view = ReaderView.of(query, cb, reader);
        List<Predicate> where = new ArrayList<>(visible(cb, view.message, reader, true));
        where.add(cb.equal(view.message.get(Message_.id), id));
        query.multiselect(view.message, view.state, view.mark).where(where.toArray(Predicate[]::new));
        return em.createQuery(query).getResultStream().findFirst().map(MessageSearch::seen);
    }

    /**
     * Which messages an unread count covers. The unread count is kept in parts (see {@code UnreadCounts}): plain
     * messages (no end, visible from their creation on) created in a range, and the windowed rest, each part a short
     * index range; together the parts are every message once.
     */
    public sealed interface CountPart {
    }

    /** Plain messages created at or after {@code from} (null: from the first) and before {@code before} (null: on). */
    public record PlainCreated(Instant from, Instant before) implements CountPart {
    }

    /** Messages with an end or a start after their creation: their visibility changes with time, so never kept. */
    public record Windowed() implements CountPart {
    }

    /** Current, unarchived, unread messages of the reader, of one part. */
    public long unreadCount(MessageReader reader, CountPart part) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        ReaderView view = ReaderView.of(query, cb, reader);
        Root<Message> m = view.message;
        List<Predicate> where = new ArrayList<>(visible(cb, m, reader, false));
        Predicate plain = cb.and(cb.isNull(m.get(Message_.endsAt)),
                cb.lessThanOrEqualTo(m.get(Message_.startsAt), m.get(Message_.createdAt)));
        if (part instanceof PlainCreated created) {
            where.add(plain);
            if (created.from() != null) {
                where.add(cb.greaterThanOrEqualTo(m.get(Message_.createdAt), created.from()));
            }
            if (created.before() != null) {
                where.add(cb.lessThan(m.get(Message_.createdAt), created.before()));
            }
        } else {
            // Written as the partial index messages_windowed says it, so that PostgreSQL uses it.
            where.add(cb.or(cb.isNotNull(m.get(Message_.endsAt)),
                    cb.greaterThan(m.get(Message_.startsAt), m.get(Message_.createdAt))));
        }
        where.add(cb.isFalse(view.isRead(cb)));
        where.add(cb.isFalse(view.flag(cb, MessageState_.archived)));
        query.select(cb.count(m)).where(where.toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult();
    }

    /** Those of {@code ids} the reader may see (past ones included), without view state. */
    public List<Message> visibleAmong(MessageReader reader, Collection<UUID> ids) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Message> query = cb.createQuery(Message.class);
        Root<Message> m = query.from(Message.class);
        List<Predicate> where = new ArrayList<>(visible(cb, m, reader, true));
        where.add(m.get(Message_.id).in(ids));
        return em.createQuery(query.select(m).where(where.toArray(Predicate[]::new))).getResultList();
    }

    /**
     * The audience rule, plus the time window: readers see a message from its start until its end (or after its end
     * too, when they ask for past messages); operators see everything. A customer sees messages for everyone, for
     * customers and for its own tenant; a partner for everyone, for partners and for its own partner id.
     */
    private List<Predicate> visible(CriteriaBuilder cb, Root<Message> m, MessageReader reader, boolean includePast) {
        List<Predicate> conditions = new ArrayList<>(window(cb, m, reader, includePast));
        Path<AudienceType> audience = m.get(Message_.audienceType);
        switch (reader.kind()) {
            case OPERATOR -> {
                // every message
            }
            case STAFF -> conditions.add(cb.equal(audience, AudienceType.EVERYONE));
            case CUSTOMER, PARTNER -> conditions.add(cb.or(audience.in(groupsOf(reader)),
                    cb.and(cb.equal(audience, listedFor(reader)),
                            cb.isMember(reader.memberId(), m.get(Message_.audienceIds)))));
        }
        return conditions;
    }

    /** The time window; none for operators. */
    private List<Predicate> window(CriteriaBuilder cb, Root<Message> m, MessageReader reader, boolean includePast) {
        List<Predicate> conditions = new ArrayList<>();
        if (reader.kind() == MessageReader.Kind.OPERATOR) {
            return conditions;
        }
        Instant now = Timestamps.now(clock);
        conditions.add(cb.lessThanOrEqualTo(m.get(Message_.startsAt), now));
        if (!includePast) {
            Path<Instant> endsAt = m.get(Message_.endsAt);
            conditions.add(cb.or(cb.isNull(endsAt), cb.greaterThan(endsAt, now)));
        }
        return conditions;
    }

    /** The whole audiences a reader belongs to. */
    private static List<AudienceType> groupsOf(MessageReader reader) {
        return switch (reader.kind()) {
            case CUSTOMER -> List.of(AudienceType.EVERYONE, AudienceType.CUSTOMERS);
            case PARTNER -> List.of(AudienceType.EVERYONE, AudienceType.PARTNERS);
            case STAFF -> List.of(AudienceType.EVERYONE);
            case OPERATOR -> List.of(AudienceType.values());
        };
    }

    /** The audience type that lists a reader by its member id: tenants for customers, partner ids for partners. */
    private static AudienceType listedFor(MessageReader reader) {
        return reader.kind() == MessageReader.Kind.PARTNER ? AudienceType.PARTNER_IDS : AudienceType.TENANTS;
    }

    private static <V> void addEqual(List<Predicate> where, CriteriaBuilder cb, Path<V> attribute, V value) {
        if (value != null) {
            where.add(cb.equal(attribute, value));
        }
    }

    private static Seen seen(Tuple row) {
        Message m = row.get(0, Message.class);
        MessageState s = row.get(1, MessageState.class);
        return new Seen(m, s, ReadMark.isRead(m, s, row.get(2, ReadMark.class)));
    }

    /** A message joined with one reader's state row and read mark (both may be missing). */
    private record ReaderView(Root<Message> message, Join<Message, MessageState> state, Join<Message, ReadMark> mark) {

        static ReaderView of(AbstractQuery<?> query, CriteriaBuilder cb, MessageReader reader) {
            Root<Message> m = query.from(Message.class);
            Join<Message, MessageState> s = m.join(MessageState.class, JoinType.LEFT);
            s.on(cb.equal(s.get(MessageState_.key).get("messageId"), m.get(Message_.id)),
                    cb.equal(s.get(MessageState_.key).get("userId"), reader.userId()));
            Join<Message, ReadMark> w = m.join(ReadMark.class, JoinType.LEFT);
            w.on(cb.equal(w.get(ReadMark_.userId), reader.userId()));
            return new ReaderView(m, s, w);
        }

        /**
         * A flag of the state row is (or is not) set. "Set" asks for the flag itself, not for its coalesced value: only
         * a state row can have it, so PostgreSQL starts from the reader's few state rows (archived, favourites) instead
         * of walking every message the reader may see (at 100,000 of them, 600 ms became a few).
         */
        Predicate flagIs(CriteriaBuilder cb,
                jakarta.persistence.metamodel.SingularAttribute<MessageState, Boolean> flag, boolean set) {
            return set ? cb.isTrue(state.get(flag)) : cb.isFalse(flag(cb, flag));
        }

        /** A flag of the state row; false when the reader has none. */
        Expression<Boolean> flag(CriteriaBuilder cb,
                jakarta.persistence.metamodel.SingularAttribute<MessageState, Boolean> flag) {
            return cb.coalesce(state.get(flag), false);
        }

        /**
         * {@link ReadMark#isRead} as a query expression: a read flag set after the last "mark all read" wins; else the
         * mark covers what was created up to it; else the flag, or unread.
         */
        Expression<Boolean> isRead(CriteriaBuilder cb) {
            Path<Instant> readChangedAt = state.get(MessageState_.readChangedAt);
            Path<String> markUser = mark.get(ReadMark_.userId);
            return cb.<Boolean> selectCase()
                    .when(cb.and(cb.isNotNull(readChangedAt),
                            cb.or(cb.isNull(markUser), cb.greaterThan(readChangedAt, mark.get(ReadMark_.markedAt)))),
                            state.get(MessageState_.read))
                    .when(cb.and(cb.isNotNull(markUser),
                            cb.lessThanOrEqualTo(message.get(Message_.createdAt), mark.get(ReadMark_.readBefore))),
                            cb.literal(true))
                    .otherwise(cb.coalesce(state.get(MessageState_.read), false));
        }
    }
}
