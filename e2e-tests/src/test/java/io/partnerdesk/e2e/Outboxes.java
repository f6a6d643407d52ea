package io.partnerdesk.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import io.partnerdesk.localstack.LocalSuite;

/** The producers' event_outbox tables, read straight from the suite's PostgreSQL. */
public final class Outboxes {

    /**
     * Downstream after upstream: messagecenter's events make support-service write events of its own (committed before
     * it answers the relay), so reading messagecenter's outbox first never misses a row its delivery just caused.
     */
    static final String[] PRODUCERS = { "messagecenter", "support", "subscriptions" };

    private Outboxes() {
    }

    /** Rows per status ({@code PENDING}, {@code DELIVERED}, {@code PARKED}) in one producer's database. */
    public static Map<String, Long> statuses(LocalSuite suite, String database) {
        Map<String, Long> counts = new LinkedHashMap<>(Map.of("PENDING", 0L, "DELIVERED", 0L, "PARKED", 0L));
        try (Connection c = DriverManager.getConnection(suite.jdbcUrl(database), "postgres", "postgres");
                PreparedStatement s = c.prepareStatement("select status, count(*) from event_outbox group by status");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    static long pending(LocalSuite suite) {
        long pending = 0;
        for (String producer : PRODUCERS) {
            pending += statuses(suite, producer).get("PENDING");
        }
        return pending;
    }

    /** Waits until every producer has delivered everything; fails naming what is left. */
    public static void awaitDrained(LocalSuite suite, Duration within) {
        try {
            Awaitility.await("outboxes drained").atMost(within).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).until(() -> pending(suite) == 0);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Outboxes not drained within " + within + ": subscriptions "
                    + statuses(suite, "subscriptions") + ", support " + statuses(suite, "support") + ", messagecenter "
                    + statuses(suite, "messagecenter"));
        }
    }
}
