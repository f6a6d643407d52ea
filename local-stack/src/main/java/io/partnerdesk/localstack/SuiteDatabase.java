package io.partnerdesk.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The suite's PostgreSQL: one embedded server on the loopback interface, its data kept between runs, with one database
 * per service (each service migrates its own with Flyway when it starts).
 */
final class SuiteDatabase implements AutoCloseable {

    static final List<String> DATABASES = List.of("subscriptions", "support", "messagecenter");
    /** The embedded server's superuser; the local suite's services use it too. */
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    SuiteDatabase(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    void start() throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        server = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
                Statement create = connection.createStatement()) {
            for (String database : DATABASES) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        // A name from the constant list above: CREATE DATABASE takes no bind parameter.
                        create.execute("create database " + database);
                    }
                }
            }
        }
        SuiteLog.line("PostgreSQL on 127.0.0.1:" + port + " (data in " + dataDirectory + ")");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Stops the server; safe to call twice. */
    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            SuiteLog.line("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        server = null;
    }
}
