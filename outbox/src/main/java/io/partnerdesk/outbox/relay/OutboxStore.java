package io.partnerdesk.outbox.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * The relay's side of the {@code event_outbox} table, in plain JDBC (each call its own short transaction; no lock or
 * transaction is held while an event is sent). A row is claimed by leasing it: the claim locks candidate rows with
 * {@code FOR UPDATE SKIP LOCKED}, so relays running at once on several replicas never claim the same row, and records
 * the lease, so a relay that dies frees its rows when the lease runs out. Only the oldest pending row of a subject
 * is ever claimable: events of one subject reach the consumer in order.
 */
public final class OutboxStore {

    private static final String CLAIM = """
            with claimable as (
                select o.seq from event_outbox o
                where o.status = 'PENDING' and o.next_attempt_at <= ?
                  and (o.claimed_until is null or o.claimed_until <= ?)
                  and not exists (select 1 from event_outbox earlier
                                  where earlier.status = 'PENDING' and earlier.subject_key = o.subject_key
                                    and earlier.seq < o.seq)
                order by o.seq
                limit ?
                for update of o skip locked)
            update event_outbox e set claimed_by = ?, claimed_until = ?
            from claimable where e.seq = claimable.seq
            returning e.seq, e.event_id, e.type, e.payload::text, e.attempts, e.created_at, e.trace_parent""";

    private final DataSource dataSource;

    public OutboxStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Leases up to {@code limit} deliverable rows to {@code relayId} until {@code leaseUntil}, oldest first. */
    public List<ClaimedEvent> claim(String relayId, int limit, Instant now, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CLAIM)) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setTimestamp(2, Timestamp.from(now));
            s.setInt(3, limit);
            s.setString(4, relayId);
            s.setTimestamp(5, Timestamp.from(leaseUntil));
            List<ClaimedEvent> claimed = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    claimed.add(new ClaimedEvent(r.getLong(1), r.getObject(2, UUID.class), r.getString(3),
                            r.getString(4), r.getInt(5), r.getTimestamp(6).toInstant(), r.getString(7)));
                }
            }
            claimed.sort(Comparator.comparingLong(ClaimedEvent::seq));
            return claimed;
        } catch (SQLException e) {
            throw new OutboxStoreException("claim", e);
        }
    }

    /**
     * Extends the relay's lease on a row it is about to send, so that the lease covers this send whatever came before
     * it in the batch. False when another relay holds the row now (this relay's lease ran out and was taken over):
     * then this relay must not send it.
     */
    public boolean renewLease(long seq, String relayId, Instant until) {
        return update(
                "update event_outbox set claimed_until = ? where seq = ? and claimed_by = ? and status = 'PENDING'",
                Timestamp.from(until), seq, relayId);
    }

    /** The consumer answered 2xx. False when the lease had passed to another relay (which will redeliver: harmless). */
    public boolean markDelivered(long seq, String relayId, Instant at) {
        return update("""
                update event_outbox set status = 'DELIVERED', delivered_at = ?, claimed_by = null, claimed_until = null,
                    last_error = null, first_attempt_at = coalesce(first_attempt_at, ?), last_attempt_at = ?
                where seq = ? and claimed_by = ? and status = 'PENDING'""", Timestamp.from(at), Timestamp.from(at),
                Timestamp.from(at), seq, relayId);
    }

    /** Delivery failed in a way a retry may mend: the row waits until {@code nextAttemptAt}. */
    public boolean retryLater(long seq, String relayId, int attempts, Instant nextAttemptAt, String error) {
        return update("""
                update event_outbox set attempts = ?, next_attempt_at = ?, last_error = ?, claimed_by = null,
                    claimed_until = null, first_attempt_at = coalesce(first_attempt_at, now()), last_attempt_at = now()
                where seq = ? and claimed_by = ? and status = 'PENDING'""", attempts, Timestamp.from(nextAttemptAt),
                truncate(error), seq, relayId);
    }

    /** The consumer refused the event for good, or the relay gave up: it leaves the queue, so the rows behind it go on. */
    public boolean park(long seq, String relayId, int attempts, String error, Instant at) {
        return update("""
                update event_outbox set status = 'PARKED', parked_at = ?, attempts = ?, last_error = ?,
                    claimed_by = null, claimed_until = null, first_attempt_at = coalesce(first_attempt_at, ?),
                    last_attempt_at = ?
                where seq = ? and claimed_by = ? and status = 'PENDING'""", Timestamp.from(at), attempts,
                truncate(error), Timestamp.from(at), Timestamp.from(at), seq, relayId);
    }

    /** Gives a claimed row back untried (the relay stopped its batch early). */
    public boolean release(long seq, String relayId) {
        return update(
                "update event_outbox set claimed_by = null, claimed_until = null where seq = ? and claimed_by = ?",
                seq, relayId);
    }

    /** Deletes up to {@code limit} rows delivered before {@code before}; returns how many. */
    public int pruneDelivered(Instant before, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                delete from event_outbox where seq in (
                    select seq from event_outbox where status = 'DELIVERED' and delivered_at < ? limit ?)""")) {
            s.setTimestamp(1, Timestamp.from(before));
            s.setInt(2, limit);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxStoreException("prune", e);
        }
    }

    public Backlog backlog() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement pending = c.prepareStatement(
                        "select count(*), min(created_at) from event_outbox where status = 'PENDING'");
                PreparedStatement parked = c.prepareStatement(
                        "select count(*) from event_outbox where status = 'PARKED'");
                ResultSet p = pending.executeQuery();
                ResultSet k = parked.executeQuery()) {
            p.next();
            k.next();
            Timestamp oldest = p.getTimestamp(2);
            return new Backlog(p.getLong(1), oldest == null ? null : oldest.toInstant(), k.getLong(1));
        } catch (SQLException e) {
            throw new OutboxStoreException("backlog", e);
        }
    }

    private boolean update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new OutboxStoreException("update", e);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 997) + "...";
    }

    /** The outbox table could not be read or written (the database is down or unreachable). */
    public static final class OutboxStoreException extends RuntimeException {
        public OutboxStoreException(String operation, SQLException cause) {
            super("Outbox " + operation + " failed: " + cause.getMessage(), cause);
        }
    }
}
