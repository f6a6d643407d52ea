package io.partnerdesk.outbox.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.outbox.relay.OutboxStore.OutboxStoreException;

/**
 * What operators do to the outbox, in plain JDBC on {@code event_outbox}: list rows by status, send a parked (or
 * waiting) row again, or discard one for good. Nothing is deleted: a discarded row stays, with who discarded it, when
 * and why, and is never delivered; a retried row keeps its earlier attempts in {@code previous_attempts}.
 */
public final class OutboxRepair {

    /** The statuses an operator lists: rows that need a look, and those already set aside. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OutboxEventStatus",
            description = "parked: needs an operator; pending: waiting or being retried; discarded: set aside for good")
    public enum Status {
        @com.fasterxml.jackson.annotation.JsonProperty("parked")
        PARKED,
        @com.fasterxml.jackson.annotation.JsonProperty("pending")
        PENDING,
        @com.fasterxml.jackson.annotation.JsonProperty("discarded")
        DISCARDED
    }

    /** One row as operators see it. */
    public record Entry(UUID eventId, String type, String subject, String status, int attempts, int previousAttempts,
            String lastError, Instant createdAt, Instant firstAttemptAt, Instant lastAttemptAt, Instant nextAttemptAt,
            Instant parkedAt, String resolvedBy, String resolution, Instant resolvedAt) {
    }

    /** Why an action could not be applied to a row that exists. */
    public enum Refusal {
        NOT_FOUND,
        ALREADY_DELIVERED,
        ALREADY_DISCARDED
    }

    /** The row after the action, or why there was none. */
    public record Outcome(Entry entry, Refusal refusal) {
    }

    private static final String COLUMNS = """
            event_id, type, subject_key, status, attempts, previous_attempts, last_error, created_at, first_attempt_at,
            last_attempt_at, next_attempt_at, parked_at, resolved_by, resolution, resolved_at""";

    private final DataSource dataSource;

    public OutboxRepair(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows of {@code status}, oldest first, after the page's cursor ({@code (createdAt, eventId)}). */
    public List<Entry> list(Status status, PageRequest page) {
        String sql = "select " + COLUMNS + " from event_outbox where status = ?"
                + (page.after() == null ? "" : " and (created_at, event_id) > (?, ?)")
                + " order by created_at, event_id limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setString(i++, status.name());
            if (page.after() != null) {
                s.setTimestamp(i++, Timestamp.from(page.after().createdAt()));
                s.setObject(i++, page.after().id());
            }
            s.setInt(i, page.fetchSize());
            return read(s);
        } catch (SQLException e) {
            throw new OutboxStoreException("list", e);
        }
    }

    /**
     * Sends a parked row again (it becomes pending, its attempt count starts again and the old one is kept), or sends
     * a waiting pending row at once instead of after its backoff.
     */
    public Outcome retry(UUID eventId, String operator, Instant at) {
        return act(eventId, """
                update event_outbox set status = 'PENDING', previous_attempts = previous_attempts + attempts,
                    attempts = 0, next_attempt_at = ?, parked_at = null, resolved_by = ?, resolution = 'retried',
                    resolved_at = ?
                where event_id = ? and status in ('PARKED', 'PENDING')
                returning\s""" + COLUMNS, Timestamp.from(at), operator, Timestamp.from(at), eventId);
    }

    /** Sets a parked or pending row aside for good, with the operator's reason; it is never delivered. */
    public Outcome discard(UUID eventId, String operator, String reason, Instant at) {
        return act(eventId, """
                update event_outbox set status = 'DISCARDED', claimed_by = null, claimed_until = null, resolved_by = ?,
                    resolution = ?, resolved_at = ?
                where event_id = ? and status in ('PARKED', 'PENDING')
                returning\s""" + COLUMNS, operator, "discarded: " + reason, Timestamp.from(at), eventId);
    }

    private Outcome act(UUID eventId, String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Entry> changed = read(s);
            if (!changed.isEmpty()) {
                return new Outcome(changed.get(0), null);
            }
            return new Outcome(null, current(c, eventId).map(entry -> switch (entry.status()) {
                case "delivered" -> Refusal.ALREADY_DELIVERED;
                case "discarded" -> Refusal.ALREADY_DISCARDED;
                default -> Refusal.NOT_FOUND;
            }).orElse(Refusal.NOT_FOUND));
        } catch (SQLException e) {
            throw new OutboxStoreException("repair", e);
        }
    }

    private static Optional<Entry> current(Connection c, UUID eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from event_outbox where event_id = ?")) {
            s.setObject(1, eventId);
            return read(s).stream().findFirst();
        }
    }

    private static List<Entry> read(PreparedStatement statement) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                entries.add(new Entry(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        r.getString(4).toLowerCase(Locale.ROOT), r.getInt(5), r.getInt(6), r.getString(7),
                        instant(r, 8),
                        instant(r, 9), instant(r, 10), instant(r, 11), instant(r, 12), r.getString(13), r.getString(14),
                        instant(r, 15)));
            }
        }
        return entries;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
