package io.partnerdesk.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole suite on one machine, as separate processes: an embedded PostgreSQL with one database per service, a
 * Keycloak with the {@code partnerdesk} realm, the three services and the gateway. Used by {@code ./run-local.sh}, the
 * end-to-end tests and the benchmarks (on free ports). {@link #stop()} stops every process it started.
 *
 * <p>The parts, each with one job: {@link SuitePorts} (where things listen), {@link SuiteDatabase},
 * {@link KeycloakServer}, {@link ServiceLaunches} (each service's command and environment), {@link ProcessSupervisor}
 * (processes, logs, stop/kill/restart for fault tests) and {@link ReadinessWait}.
 */
public final class LocalSuite implements AutoCloseable {

    private final Path repository;
    private final Path workDir;
    private final SuitePorts ports;
    private final SuiteDatabase database;
    private final KeycloakServer keycloak;
    private final ProcessSupervisor processes;
    private final ReadinessWait readiness;
    private final Map<String, Map<String, String>> extraEnvironment = new LinkedHashMap<>();

    public LocalSuite(Path repository, Path workDir, SuitePorts ports) {
        this.repository = repository.toAbsolutePath().normalize();
        this.workDir = workDir.toAbsolutePath().normalize();
        this.ports = ports;
        this.database = new SuiteDatabase(this.workDir.resolve("postgres"), ports.postgres());
        this.keycloak = new KeycloakServer(this.repository, this.workDir, ports.keycloak());
        this.processes = new ProcessSupervisor(logs());
        this.readiness = new ReadinessWait(processes, logs());
    }

    /** The database user and password of the suite's PostgreSQL (the services' {@code %dev} profiles use them). */
    public static final String DATABASE_USER = SuiteDatabase.USER;
    public static final String DATABASE_PASSWORD = SuiteDatabase.PASSWORD;
    /** The services' databases, one per service, created by the suite. */
    public static final java.util.List<String> DATABASES = SuiteDatabase.DATABASES;
    /** The client secret of {@code partnerdesk-services} in the suite's (fixture) realm. */
    public static final String SERVICE_CLIENT_SECRET = ServiceLaunches.LOCAL_SERVICE_CLIENT_SECRET;

    public SuitePorts ports() {
        return ports;
    }

    /** Adds environment variables for one part ({@code gateway} or a service module), used from the next start. */
    public LocalSuite withEnvironment(String part, Map<String, String> environment) {
        extraEnvironment.computeIfAbsent(part, name -> new LinkedHashMap<>()).putAll(environment);
        return this;
    }

    public String gatewayUrl() {
        return ServiceLaunches.local(ports.gateway());
    }

    /** JDBC URL of one of the suite's databases (user and password {@code postgres}), for tests that look inside. */
    public String jdbcUrl(String databaseName) {
        return database.jdbcUrl(databaseName);
    }

    public String issuer() {
        return keycloak.issuer();
    }

    /** Starts everything and waits until every part is ready; on any failure stops what it started. */
    public LocalSuite start() {
        return start(true);
    }

    /**
     * Starts only PostgreSQL (with the services' databases) and Keycloak (with the realm), on the suite's ports and
     * data: for a service run by {@code ./mvnw quarkus:dev}, whose {@code %dev} profile points at them.
     */
    public LocalSuite startInfrastructure() {
        return start(false);
    }

    private LocalSuite start(boolean withServices) {
        try {
            ports.requireFree();
            Files.createDirectories(logs());
            keepPreviousLogs();
            database.start();
            ProcessSupervisor.Launch identity = keycloak.prepare();
            processes.start(identity);
            readiness.until(identity.name(), identity.readyUrl());
            if (!withServices) {
                return this;
            }
            var launches = new ServiceLaunches(repository, ports, keycloak.issuer(), database, extraEnvironment).all();
            // All four start at once (they do not need each other to start), then each is waited for.
            for (ProcessSupervisor.Launch launch : launches) {
                processes.start(launch);
            }
            for (ProcessSupervisor.Launch launch : launches) {
                readiness.until(launch.name(), launch.readyUrl());
            }
            return this;
        } catch (RuntimeException | IOException | SQLException e) {
            stop();
            throw e instanceof SuiteStartException known ? known
                    : new SuiteStartException("The suite did not start: " + e.getMessage(), e);
        }
    }

    /** The base URL of a service, straight (not through the gateway). */
    public String serviceUrl(String module) {
        return ServiceLaunches.local(processes.launch(module).port());
    }

    public boolean isRunning(String module) {
        return processes.isRunning(module);
    }

    /** Stops a service as an orchestrator would (SIGTERM) and waits until it has exited. */
    public void stopService(String module) throws InterruptedException {
        processes.stop(module);
    }

    /** Kills a service without warning (SIGKILL, like kill -9): no shutdown hook, no cleanup runs. */
    public void killService(String module) throws InterruptedException {
        processes.kill(module);
    }

    /**
     * Starts a stopped or killed service (or the gateway) again, exactly as before, and waits until it is ready.
     *
     * @return the time from starting the process to its first successful readiness check
     */
    public Duration restartService(String module) throws IOException {
        long started = System.nanoTime();
        ProcessSupervisor.Launch launch = processes.restart(module);
        readiness.until(module, launch.readyUrl());
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The operating-system process id of a running part (a service module, {@code gateway} or {@code keycloak}). */
    public long pid(String part) {
        return processes.pid(part);
    }

    /** Stops every process this suite started (with their children), then PostgreSQL. Safe to call twice. */
    public void stop() {
        processes.stopAll();
        database.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The log file of a part ({@code gateway}, a service module or {@code keycloak}): its standard output and error. */
    public Path logFile(String part) {
        return logs().resolve(part + ".log");
    }

    /**
     * A suite start begins each part's log afresh (restarts within the suite append to it); the previous suite's log
     * stays beside it as {@code <part>.previous.log}.
     */
    private void keepPreviousLogs() throws IOException {
        try (var files = Files.list(logs())) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log") && !f.toString().endsWith(".previous.log"))
                    .toList()) {
                String name = log.getFileName().toString();
                Files.move(log, log.resolveSibling(name.substring(0, name.length() - 4) + ".previous.log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private Path logs() {
        return workDir.resolve("logs");
    }
}
