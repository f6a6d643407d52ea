package io.partnerdesk.messagecenter.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageReader;
import io.partnerdesk.messagecenter.repository.MessageSearch;
import io.partnerdesk.messagecenter.repository.MessageSearch.PlainCreated;
import io.partnerdesk.messagecenter.repository.MessageSearch.Windowed;

/**
 * A user's unread count, kept rather than counted per call (V9): counting a customer's 100,000 messages took 700 ms.
 * <p>
 * A checkpoint row holds the count over the <em>plain</em> messages (no end, visible from their creation on) created
 * before {@code counted_before}. What changes that count: the user's own view actions, which adjust it in their own
 * transaction ({@link #adjust}); a new read mark ({@link #readMarkMoved}); any change to an existing message (a trigger moves
 * {@code message_generation}). Each call adds what is not kept: plain messages created since the checkpoint (the
 * checkpoint then moves forward) and the few windowed ones. {@code counted_before} stays {@link #COMMIT_LAG} behind now,
 * so that a message written by a transaction that commits late (its {@code created_at} is older than its commit) is
 * still counted per call when it appears, never missed.
 * <p>
 * Making or moving a checkpoint locks its row ({@code for update}), and an adjustment updates the same row: the two
 * run one after the other, so an adjustment can neither be lost nor counted twice. A count that only reads a current
 * checkpoint takes no lock: it stores nothing, so it cannot lose an adjustment.
 */
@ApplicationScoped
public class UnreadCounts {

    /** How far behind now the checkpoint stays: longer than any transaction that writes a message may take. */
    static final Duration COMMIT_LAG = Duration.ofMinutes(1);
    /** How far past its lag a checkpoint may fall before a count moves it forward (and writes). */
    static final Duration ADVANCE_AFTER = Duration.ofMinutes(1);
    private static final long RECOUNT = -1;

    @Inject
    EntityManager em;

    @Inject
    MessageSearch search;

    @Inject
    Clock clock;

    /**
     * The reader's unread count. Most calls only read: the checkpoint, when it is current and at most
     * {@link #ADVANCE_AFTER} past its lag, plus what is not kept. Otherwise the checkpoint is (re)made under its row's
     * lock: counted afresh when stale, else moved forward over the messages since.
     */
    @Transactional
    public long count(MessageReader reader) {
        Instant horizon = Timestamps.now(clock).minus(COMMIT_LAG);
        String readerKey = reader.kind() + ":" + (reader.memberId() == null ? "" : reader.memberId());
        List<?> current = em.createNativeQuery("""
                select c.counted_before, c.unread from unread_counts c cross join message_generation g
                where c.user_id = :user and c.reader_key = :key and c.generation = g.value""")
                .setParameter("user", reader.userId()).setParameter("key", readerKey).getResultList();
        if (!current.isEmpty()) {
            Object[] row = (Object[]) current.get(0);
            Instant countedBefore = (Instant) row[0];
            if (!countedBefore.isBefore(horizon.minus(ADVANCE_AFTER))) {
                // No write, so no lock and no commit to flush: a user's badge polls this.
                return ((Number) row[1]).longValue() + notKept(reader, countedBefore);
            }
        }
        Instant countedBefore = checkpoint(reader, readerKey, horizon);
        long kept = ((Number) em.createNativeQuery("select unread from unread_counts where user_id = :user")
                .setParameter("user", reader.userId()).getSingleResult()).longValue();
        return kept + notKept(reader, countedBefore);
    }

    /** Plain messages created since the checkpoint, and every windowed one. */
    private long notKept(MessageReader reader, Instant countedBefore) {
        return search.unreadCount(reader, new PlainCreated(countedBefore, null))
                + search.unreadCount(reader, new Windowed());
    }

    /** Makes the checkpoint current up to {@code horizon}, under its row's lock; answers where it now stands. */
    private Instant checkpoint(MessageReader reader, String readerKey, Instant horizon) {
        // The row exists (and is locked) before anything is counted, so that a concurrent view action waits for it.
        em.createNativeQuery("""
                insert into unread_counts (user_id, reader_key, counted_before, unread, generation, updated_at)
                values (:user, :key, :epoch, 0, :recount, :now) on conflict (user_id) do nothing""")
                .setParameter("user", reader.userId()).setParameter("key", readerKey)
                .setParameter("epoch", Instant.EPOCH).setParameter("recount", RECOUNT)
                .setParameter("now", Timestamps.now(clock)).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("""
                select c.reader_key, c.counted_before, c.unread, c.generation, g.value
                from unread_counts c cross join message_generation g where c.user_id = :user for update of c""")
                .setParameter("user", reader.userId()).getSingleResult();
        Instant countedBefore = (Instant) row[1];
        long kept = ((Number) row[2]).longValue();
        long generation = ((Number) row[4]).longValue();
        boolean stale = !readerKey.equals(row[0]) || ((Number) row[3]).longValue() != generation;
        if (stale) {
            kept = search.unreadCount(reader, new PlainCreated(null, horizon));
            countedBefore = horizon;
        } else if (countedBefore.isBefore(horizon)) {
            kept += search.unreadCount(reader, new PlainCreated(countedBefore, horizon));
            countedBefore = horizon;
        }
        em.createNativeQuery("""
                update unread_counts set reader_key = :key, counted_before = :before, unread = :unread,
                generation = :generation, updated_at = :now where user_id = :user""")
                .setParameter("key", readerKey).setParameter("before", countedBefore).setParameter("unread", kept)
                .setParameter("generation", generation).setParameter("now", Timestamps.now(clock))
                .setParameter("user", reader.userId()).executeUpdate();
        return countedBefore;
    }

    /**
     * A view action changed whether {@code message} counts as unread for the user ({@code delta} +1 or −1): the
     * checkpoint follows when it holds the message (plain, created before {@code counted_before}); otherwise the
     * message is counted per call anyway.
     */
    public void adjust(String userId, Message message, int delta) {
        if (!isPlain(message)) {
            return;
        }
        em.createNativeQuery("""
                update unread_counts set unread = unread + :delta
                where user_id = :user and counted_before > :created""")
                .setParameter("delta", delta).setParameter("user", userId).setParameter("created", message.createdAt)
                .executeUpdate();
    }

    /**
     * The user's read mark now covers every message created up to {@code readBefore}, and outranks every read flag set
     * before it ({@code ReadMark.isRead}): a checkpoint that ends within the mark holds no unread message any more, so
     * it is set to 0 and stays current (a user pressing "mark all read" and reading the badge in a loop costs no full
     * count). A checkpoint reaching past the mark (a mark set into the past) is counted again on the next read.
     */
    public void readMarkMoved(String userId, Instant readBefore) {
        em.createNativeQuery("""
                update unread_counts set
                unread = case when counted_before <= :before then 0 else unread end,
                generation = case when counted_before <= :before then generation else :recount end
                where user_id = :user""")
                .setParameter("before", readBefore).setParameter("recount", RECOUNT).setParameter("user", userId)
                .executeUpdate();
    }

    /** No end, and visible from its creation on: whether it is visible then never changes with time. */
    static boolean isPlain(Message message) {
        return message.endsAt == null && !message.startsAt.isAfter(message.createdAt);
    }
}
