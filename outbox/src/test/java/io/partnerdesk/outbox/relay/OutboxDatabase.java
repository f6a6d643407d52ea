package io.partnerdesk.outbox.relay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import io.partnerdesk.testing.PostgresResource;

/**
 * A real PostgreSQL with the outbox table exactly as services get it (the module's Flyway migration), for tests of
 * the relay without a Quarkus application around it.
 */
final class OutboxDatabase implements AutoCloseable {

    private final PostgresResource postgres = new PostgresResource();
    final DataSource dataSource;

    OutboxDatabase() {
        postgres.init(Map.of("database", "outbox"));
        Map<String, String> config = postgres.start();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(config.get("quarkus.datasource.jdbc.url"));
        ds.setUser(config.get("quarkus.datasource.username"));
        ds.setPassword(config.get("quarkus.datasource.password"));
        Flyway.configure().dataSource(ds).locations("classpath:db/outbox").load().migrate();
        dataSource = ds;
    }

    void clear() {
        execute("delete from event_outbox");
    }

    /** Writes a pending row as {@code Outbox.emit} does; returns its event id. */
    UUID insert(String subject, String type, Instant at) {
        return insert(subject, type, at, null);
    }

    UUID insert(String subject, String type, Instant at, String traceParent) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into event_outbox (event_id, type, subject_key, payload, status, next_attempt_at, created_at,
                                          trace_parent)
                values (?, ?, ?, cast(? as jsonb), 'PENDING', ?, ?, ?)""")) {
            s.setObject(1, id);
            s.setString(2, type);
            s.setString(3, subject);
            s.setString(4, "{\"id\": \"" + id + "\", \"type\": \"" + type + "\"}");
            s.setTimestamp(5, Timestamp.from(at));
            s.setTimestamp(6, Timestamp.from(at));
            s.setString(7, traceParent);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    record Row(UUID eventId, String status, int attempts, Instant nextAttemptAt, String lastError, String claimedBy) {
    }

    Row row(UUID eventId) {
        List<Row> rows = rows("where event_id = '" + eventId + "'");
        return rows.isEmpty() ? null : rows.get(0);
    }

    List<Row> rows(String where) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s
                        .executeQuery("select event_id, status, attempts, next_attempt_at, last_error, claimed_by"
                                + " from event_outbox " + where + " order by seq")) {
            while (r.next()) {
                rows.add(new Row(r.getObject(1, UUID.class), r.getString(2), r.getInt(3), r.getTimestamp(4).toInstant(),
                        r.getString(5), r.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        postgres.stop();
    }
}
