package io.partnerdesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Takes the service's own database away, for real, and gives it back: PostgreSQL stops accepting connections to it and
 * ends the ones open (the pool's included), so the service sees what it sees when its database goes down; other
 * databases on the server are untouched. Run from a @QuarkusTest, where the datasource settings are the test resource's.
 *
 * <pre>{@code
 * try (DatabaseOutage outage = DatabaseOutage.start()) {
 *     Api.as(token).get("/api/v1/customers").then().statusCode(503);
 * }
 * }</pre>
 */
public final class DatabaseOutage implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String database;

    private DatabaseOutage(String adminUrl, String user, String password, String database) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.database = database;
    }

    /** Refuses new connections to the service's database and terminates the open ones. */
    public static DatabaseOutage start() {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String database = url.substring(slash + 1, query < 0 ? url.length() : query);
        DatabaseOutage outage = new DatabaseOutage(url.substring(0, slash + 1) + "postgres",
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class), database);
        outage.run("alter database \"" + database + "\" allow_connections false");
        outage.run("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                + "' and pid <> pg_backend_pid()");
        return outage;
    }

    /** Accepts connections again; the pool reconnects on its next borrow. */
    @Override
    public void close() {
        run("alter database \"" + database + "\" allow_connections true");
    }

    private void run(String sql) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                PreparedStatement statement = admin.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "': " + e.getMessage(), e);
        }
    }
}
