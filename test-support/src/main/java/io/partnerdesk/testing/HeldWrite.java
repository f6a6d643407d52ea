package io.partnerdesk.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Forces the interleaving of a write race, deterministically: a row is written in a transaction of the test's own that
 * stays open, so the service under test does not see it (its "does it exist?" check passes), tries the same write, and
 * blocks on the row's unique key; once PostgreSQL shows that wait, the test commits, and the service's write fails (or,
 * for an upsert, turns into an update) exactly as when two callers race.
 *
 * <pre>{@code
 * try (HeldWrite held = HeldWrite.begin(dataSource, "insert into ... values (?, ?)", a, b)) {
 *     var call = CompletableFuture.supplyAsync(() -> given()...post(...));
 *     held.awaitBlockedWriter(Duration.ofSeconds(10));
 *     held.commit();
 *     call.join().then().statusCode(409);
 * }
 * }</pre>
 */
public final class HeldWrite implements AutoCloseable {

    private final Connection connection;
    private final DataSource dataSource;

    private HeldWrite(DataSource dataSource, Connection connection) {
        this.dataSource = dataSource;
        this.connection = connection;
    }

    /** Runs {@code sql} with {@code parameters} in a new transaction that stays open until {@link #commit()}. */
    public static HeldWrite begin(DataSource dataSource, String sql, Object... parameters) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
            return new HeldWrite(dataSource, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hold the write: " + e.getMessage(), e);
        }
    }

    /** Waits until another session is blocked on a lock this transaction holds; fails after {@code timeout}. */
    public void awaitBlockedWriter(Duration timeout) {
        try (Connection observer = dataSource.getConnection();
                PreparedStatement blocked = observer.prepareStatement(
                        "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
            blocked.setInt(1, backendPid());
            Awaitility.await("a session blocked on the held write").atMost(timeout).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20)).until(() -> {
                        try (ResultSet rows = blocked.executeQuery()) {
                            rows.next();
                            return rows.getInt(1) > 0;
                        }
                    });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No session blocked on the held write within " + timeout
                    + ": the service never reached the racing write");
        }
    }

    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int backendPid() throws SQLException {
        try (PreparedStatement pid = connection.prepareStatement("select pg_backend_pid()");
                ResultSet row = pid.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    @Override
    public void close() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
