package io.partnerdesk.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The whole suite on one machine, as separate processes: an embedded PostgreSQL with one database per service, a
 * Keycloak with the {@code partnerdesk} realm, the three services and the gateway. Used by the local run command
 * and by the end-to-end tests (on free ports). {@link #stop()} stops every process it started.
 */
public final class Stack implements AutoCloseable {

    /** Where each part listens. */
    public record Ports(int gateway, int gatewayManagement, int keycloak, int subscriptions, int support,
            int messagecenter, int postgres) {

        public static Ports defaults() {
            return new Ports(8080, 9080, 8180, 8081, 8082, 8083, 15432);
        }

        /** Free ports, for tests that must not clash with a running local stack. */
        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
        }

        List<Map.Entry<String, Integer>> named() {
            return List.of(Map.entry("gateway", gateway), Map.entry("gateway management", gatewayManagement),
                    Map.entry("Keycloak", keycloak), Map.entry("subscriptions-service", subscriptions),
                    Map.entry("support-service", support), Map.entry("messagecenter-service", messagecenter),
                    Map.entry("PostgreSQL", postgres));
        }
    }

    public static final String KEYCLOAK_VERSION = "26.5.6";
    /** The secret of the partnerdesk-services client in deploy/keycloak/partnerdesk-realm.json (local use only). */
    static final String LOCAL_SERVICE_CLIENT_SECRET = "partnerdesk-services-secret";

    /**
     * JVM options of the three services. Idle, about 30 MiB of their heap is in use; the serial collector and a
     * 128 MiB cap took their peak RSS under the benchmark's load from 280-510 MB (G1, 256 MiB) to 300-400 MB
     * (docs/benchmarks.md, section 6). {@code PARTNERDESK_SERVICE_JVM_OPTIONS} replaces them, e.g. to compare.
     */
    public static final String SERVICE_JVM_OPTIONS = System.getenv().getOrDefault("PARTNERDESK_SERVICE_JVM_OPTIONS",
            "-XX:+UseSerialGC -Xmx128m -XX:+ExitOnOutOfMemoryError");

    /**
     * JVM options of the gateway: no database, no ORM, about 25 MiB of heap in use when idle, so half the services'
     * cap; with 128 MiB its peak RSS sat at the 250 MB goal. {@code PARTNERDESK_GATEWAY_JVM_OPTIONS} replaces them.
     */
    public static final String GATEWAY_JVM_OPTIONS = System.getenv().getOrDefault("PARTNERDESK_GATEWAY_JVM_OPTIONS",
            "-XX:+UseSerialGC -Xmx64m -XX:+ExitOnOutOfMemoryError");

    private final Path repository;
    private final Path workDir;
    private final Ports ports;
    private final List<Process> processes = new ArrayList<>();
    /** How each service was launched, so that a test can stop, kill and start one again the same way. */
    private final Map<String, Launch> launches = new LinkedHashMap<>();
    /** Every process that should be alive now, by name (Keycloak, services, gateway). */
    private final Map<String, Process> running = new LinkedHashMap<>();

    /** Extra environment per part, given before {@link #start()} (the benchmarks lift the gateway's rate limit). */
    private final Map<String, Map<String, String>> extraEnvironment = new LinkedHashMap<>();

    private record Launch(String name, List<String> command, Map<String, String> env, int port, String readyUrl) {
    }
    private EmbeddedPostgres postgres;

    public Stack(Path repository, Path workDir, Ports ports) {
        this.repository = repository.toAbsolutePath().normalize();
        this.workDir = workDir.toAbsolutePath().normalize();
        this.ports = ports;
    }

    public Ports ports() {
        return ports;
    }

    /** Adds environment variables for one part ({@code gateway} or a service module), used from the next start. */
    public Stack withEnvironment(String part, Map<String, String> environment) {
        extraEnvironment.computeIfAbsent(part, name -> new LinkedHashMap<>()).putAll(environment);
        return this;
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway;
    }

    /** JDBC URL of one of the stack's databases (user and password {@code postgres}), for tests that look inside. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + ports.postgres + "/" + database;
    }

    public String issuer() {
        return "http://localhost:" + ports.keycloak + "/realms/partnerdesk";
    }

    /** Starts everything and waits until every part is healthy; on any failure stops what it started. */
    public Stack start() {
        try {
            requireFreePorts();
            Files.createDirectories(workDir.resolve("logs"));
            startPostgres();
            startKeycloak();
            Map<String, String> common = new LinkedHashMap<>();
            common.put("OIDC_AUTH_SERVER_URL", issuer());
            common.put("DB_USER", "postgres");
            common.put("DB_PASSWORD", "postgres");
            // The producers' outbox relays deliver to messagecenter-service as the realm's partnerdesk-services client.
            Map<String, String> producer = Map.of(
                    "MESSAGECENTER_EVENTS_URL", "http://localhost:" + ports.messagecenter + "/internal/v1/events",
                    "SERVICE_CLIENT_SECRET", LOCAL_SERVICE_CLIENT_SECRET);
            Map<String, String> subscriptions = new LinkedHashMap<>(producer);
            subscriptions.put("PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES", "true");
            // The local stack runs the packaged services (prod profile), which refuse fixtures unless forced.
            subscriptions.put("PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES_IN_PRODUCTION", "true");
            startService("subscriptions-service", ports.subscriptions, withDb(common, "subscriptions", subscriptions));
            Map<String, String> support = new LinkedHashMap<>(producer);
            support.put("SUBSCRIPTIONS_SERVICE_URL", "http://localhost:" + ports.subscriptions);
            startService("support-service", ports.support, withDb(common, "support", support));
            startService("messagecenter-service", ports.messagecenter, withDb(common, "messagecenter", Map.of()));
            Map<String, String> gateway = new LinkedHashMap<>(Map.of("OIDC_AUTH_SERVER_URL", issuer(),
                    "HTTP_PORT", String.valueOf(ports.gateway),
                    "MANAGEMENT_PORT", String.valueOf(ports.gatewayManagement),
                    "SUBSCRIPTIONS_SERVICE_URL", "http://localhost:" + ports.subscriptions,
                    "SUPPORT_SERVICE_URL", "http://localhost:" + ports.support,
                    "MESSAGECENTER_SERVICE_URL", "http://localhost:" + ports.messagecenter));
            startService("gateway", ports.gateway, gateway,
                    "http://localhost:" + ports.gatewayManagement + "/q/health/ready");
            awaitHealthy("subscriptions-service", "http://localhost:" + ports.subscriptions + "/q/health/ready");
            awaitHealthy("support-service", "http://localhost:" + ports.support + "/q/health/ready");
            awaitHealthy("messagecenter-service", "http://localhost:" + ports.messagecenter + "/q/health/ready");
            awaitHealthy("gateway", "http://localhost:" + ports.gatewayManagement + "/q/health/ready");
            return this;
        } catch (RuntimeException | IOException | SQLException | InterruptedException e) {
            stop();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw e instanceof StackException se ? se : new StackException("The stack did not start: " + e.getMessage(), e);
        }
    }

    private Map<String, String> withDb(Map<String, String> common, String database, Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>(common);
        env.put("DB_URL", "jdbc:postgresql://localhost:" + ports.postgres + "/" + database);
        env.putAll(extra);
        return env;
    }

    private void requireFreePorts() {
        for (Map.Entry<String, Integer> port : ports.named()) {
            try (ServerSocket socket = new ServerSocket(port.getValue(), 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new StackException("Port " + port.getValue() + " (" + port.getKey() + ") is already in use. "
                        + "Stop what listens there, or choose other ports (see README).", null);
            }
        }
    }

    private void startPostgres() throws IOException, SQLException {
        Path data = workDir.resolve("postgres");
        Files.createDirectories(data);
        postgres = EmbeddedPostgres.builder()
                .setPort(ports.postgres)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : List.of("subscriptions", "support", "messagecenter")) {
                try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                    if (!exists.next()) {
                        statement.execute("create database " + database);
                    }
                }
            }
        }
        log("PostgreSQL on 127.0.0.1:" + ports.postgres + " (data in " + data + ")");
    }

    private void startKeycloak() throws IOException, InterruptedException {
        Path home = workDir.resolve("keycloak-" + KEYCLOAK_VERSION);
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            Path zip = repository.resolve("local-stack/target/keycloak.zip");
            if (!Files.exists(zip)) {
                throw new StackException("Missing " + zip + ": build first with ./mvnw -pl local-stack -am package -DskipTests", null);
            }
            log("Unpacking Keycloak " + KEYCLOAK_VERSION + " into " + home + " (first start only)");
            unzip(zip, workDir);
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(repository.resolve("deploy/keycloak/partnerdesk-realm.json"), imports.resolve("partnerdesk-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + ports.keycloak, "--http-host=127.0.0.1", "--hostname=http://localhost:" + ports.keycloak,
                "--health-enabled=true", "--http-management-port=" + freePort());
        startProcess("keycloak", command, Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin", "JAVA_OPTS_APPEND", "-Xms64m -Xmx512m"), ports.keycloak);
        awaitHealthy("keycloak", issuer() + "/.well-known/openid-configuration");
    }

    private void startService(String module, int port, Map<String, String> env) throws IOException {
        startService(module, port, env, "http://localhost:" + port + "/q/health/ready");
    }

    private void startService(String module, int port, Map<String, String> env, String readyUrl) throws IOException {
        Map<String, String> withPort = new LinkedHashMap<>(env);
        withPort.put("HTTP_PORT", String.valueOf(port));
        withPort.putAll(extraEnvironment.getOrDefault(module, Map.of()));
        Launch launch = new Launch(module, javaCommand(module), Map.copyOf(withPort), port, readyUrl);
        launches.put(module, launch);
        startProcess(module, launch.command(), launch.env(), port);
    }

    /** The base URL of a service, straight (not through the gateway). */
    public String serviceUrl(String module) {
        return "http://localhost:" + launch(module).port();
    }

    public boolean isRunning(String module) {
        Process process = running.get(module);
        return process != null && process.isAlive();
    }

    /** Stops a service as an orchestrator would (SIGTERM) and waits until it has exited. */
    public void stopService(String module) throws InterruptedException {
        Process process = running(module);
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
        }
        running.remove(module);
        log("Stopped " + module);
    }

    /** Kills a service without warning (SIGKILL, like kill -9): no shutdown hook, no cleanup runs. */
    public void killService(String module) throws InterruptedException {
        Process process = running(module);
        process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        running.remove(module);
        log("Killed " + module + " (SIGKILL)");
    }

    /**
     * Starts a stopped or killed service (or the gateway) again, exactly as before, and waits until it is ready.
     *
     * @return the time from starting the process to its first successful readiness check
     */
    public Duration restartService(String module) throws IOException, InterruptedException {
        Launch launch = launch(module);
        if (running.containsKey(module)) {
            throw new IllegalStateException(module + " is running");
        }
        long started = System.nanoTime();
        startProcess(module, launch.command(), launch.env(), launch.port());
        awaitHealthy(module, launch.readyUrl());
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The operating-system process id of a running part (a service module, {@code gateway} or {@code keycloak}). */
    public long pid(String part) {
        return running(part).pid();
    }

    private Launch launch(String module) {
        Launch launch = launches.get(module);
        if (launch == null) {
            throw new IllegalArgumentException("No service " + module + " in this stack: " + launches.keySet());
        }
        return launch;
    }

    private Process running(String module) {
        Process process = running.get(module);
        if (process == null) {
            throw new IllegalStateException(module + " is not running");
        }
        return process;
    }

    private List<String> javaCommand(String module) {
        Path jar = repository.resolve(module + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new StackException("Missing " + jar + ": build first with ./mvnw -pl local-stack -am package -DskipTests", null);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        String options = module.equals("gateway") ? GATEWAY_JVM_OPTIONS : SERVICE_JVM_OPTIONS;
        command.addAll(List.of(options.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    private Process startProcess(String name, List<String> command, Map<String, String> env, int port) throws IOException {
        // Appended, so that a restarted process's log follows the one of its previous run.
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("logs/" + name + ".log").toFile()));
        // A local stack (and the tests' one) listens on the loopback interface only.
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        // glibc gives every thread that allocates its own 64 MiB malloc arena; two keep a service's RSS flat.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.add(process);
        running.put(name, process);
        log("Started " + name + " (pid " + process.pid() + ") on port " + port + ", log " + workDir.resolve("logs/" + name + ".log"));
        return process;
    }

    private void awaitHealthy(String name, String url) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            for (Map.Entry<String, Process> process : running.entrySet()) {
                if (!process.getValue().isAlive()) {
                    throw new StackException(process.getKey() + " stopped while " + name + " was starting (exit "
                            + process.getValue().exitValue() + "); see " + workDir.resolve("logs"), null);
                }
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    log(name + " is ready");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            // Short, so that a restart's start-to-ready time (benchmarks) is measured to a few tens of milliseconds.
            Thread.sleep(20);
        }
        throw new StackException(name + " was not ready within 180 s; see " + workDir.resolve("logs"), null);
    }

    /** Stops every process this stack started (with their children), then PostgreSQL. Safe to call twice. */
    public void stop() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process process = processes.get(i);
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        running.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = entries.getNextEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("Refusing zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Below Linux's ephemeral range (32768-60999), where outgoing connections take their local ports. */
    private static final int FREE_PORT_FLOOR = 20000;
    private static final int FREE_PORT_CEILING = 32000;
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A port nothing listens on, chosen at random below the ephemeral range: a port the OS hands out for
     * {@code bind(0)} is one it also hands to the next outgoing connection (a JDBC pool, Keycloak's own clients), which
     * then holds it when the service that was to listen there starts ("port in use"). Never the same port twice in
     * one JVM, so that two stacks started one after the other do not meet either.
     */
    static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(FREE_PORT_FLOOR, FREE_PORT_CEILING);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                HANDED_OUT.add(port);
                return port;
            } catch (IOException inUse) {
                // taken: try another
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void log(String line) {
        System.out.println("[partnerdesk] " + line);
    }

    /** A start failure explained for the person at the terminal. */
    public static final class StackException extends RuntimeException {
        public StackException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
