package io.partnerdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.testcontainers.postgresql.PostgreSQLContainer;

import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for a service's tests, with a database of the service's name ({@code database} init arg).
 * Takes it from Testcontainers where a Docker engine answers, and from embedded PostgreSQL everywhere else; the
 * probe costs a file check and at most one short local connection, so machines without Docker pay nothing and
 * log no errors. Embedded PostgreSQL listens on 127.0.0.1 only.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String IMAGE = "postgres:17-alpine";

    private String database = "partnerdesk";
    private EmbeddedPostgres embedded;
    private PostgreSQLContainer container;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        if (dockerAnswers()) {
            container = new PostgreSQLContainer(IMAGE).withDatabaseName(database);
            container.start();
            Log.infof("PostgreSQL for tests from Testcontainers: %s", container.getJdbcUrl());
            return datasource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            embedded = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "off")
                    .start();
            try (Connection connection = embedded.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + database);
            }
            String url = "jdbc:postgresql://127.0.0.1:" + embedded.getPort() + "/" + database;
            Log.infof("PostgreSQL for tests embedded: %s", url);
            return datasource(url, "postgres", "postgres");
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                Log.warnf("Embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
            }
        }
    }

    /** True only when a Docker engine answers its ping: DOCKER_HOST (unix or tcp) or the default socket. */
    static boolean dockerAnswers() {
        String dockerHost = System.getenv("DOCKER_HOST");
        try {
            if (dockerHost != null && dockerHost.startsWith("tcp://")) {
                URI uri = URI.create(dockerHost.replace("tcp://", "http://"));
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 500);
                    socket.setSoTimeout(1000);
                    return ping(socket.getOutputStream(), socket.getInputStream());
                }
            }
            Path socketPath = Path.of(dockerHost != null && dockerHost.startsWith("unix://")
                    ? dockerHost.substring("unix://".length())
                    : "/var/run/docker.sock");
            if (!Files.exists(socketPath)) {
                return false;
            }
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.connect(UnixDomainSocketAddress.of(socketPath));
                channel.write(ByteBuffer
                        .wrap("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
                ByteBuffer answer = ByteBuffer.allocate(64);
                channel.read(answer);
                return new String(answer.array(), StandardCharsets.US_ASCII).startsWith("HTTP/1.")
                        && new String(answer.array(), StandardCharsets.US_ASCII).contains(" 200 ");
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean ping(OutputStream out, InputStream in) throws IOException {
        out.write("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        byte[] head = in.readNBytes(16);
        return new String(head, StandardCharsets.US_ASCII).contains(" 200");
    }
}
