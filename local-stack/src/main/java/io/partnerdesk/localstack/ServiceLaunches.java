package io.partnerdesk.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each service and the gateway are started: {@code java -jar} on the packaged service with its JVM options, and
 * the environment that wires it to the suite's database, Keycloak and the other services.
 */
final class ServiceLaunches {

    static final String SUBSCRIPTIONS = "subscriptions-service";
    static final String SUPPORT = "support-service";
    static final String MESSAGECENTER = "messagecenter-service";
    static final String GATEWAY = "gateway";

    /** The secret of the partnerdesk-services client in deploy/keycloak/partnerdesk-realm.json (local use only). */
    static final String LOCAL_SERVICE_CLIENT_SECRET = "partnerdesk-services-secret";

    private final Path repository;
    private final SuitePorts ports;
    private final String issuer;
    private final SuiteDatabase database;
    /** Extra environment per part, given before the suite starts (the benchmarks lift the gateway's rate limit). */
    private final Map<String, Map<String, String>> extraEnvironment;

    ServiceLaunches(Path repository, SuitePorts ports, String issuer, SuiteDatabase database,
            Map<String, Map<String, String>> extraEnvironment) {
        this.repository = repository;
        this.ports = ports;
        this.issuer = issuer;
        this.database = database;
        this.extraEnvironment = extraEnvironment;
    }

    /** The three services and then the gateway, in the order they are started. */
    List<ProcessSupervisor.Launch> all() {
        // The producers' outbox relays deliver to messagecenter-service as the realm's partnerdesk-services client.
        Map<String, String> producer = Map.of(
                "MESSAGECENTER_EVENTS_URL", local(ports.messagecenter()) + "/internal/v1/events",
                "SERVICE_CLIENT_SECRET", LOCAL_SERVICE_CLIENT_SECRET);

        Map<String, String> subscriptions = new LinkedHashMap<>(producer);
        subscriptions.put("PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES", "true");
        // The local suite runs the packaged services (prod profile), which refuse fixtures unless forced.
        subscriptions.put("PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES_IN_PRODUCTION", "true");

        Map<String, String> support = new LinkedHashMap<>(producer);
        support.put("SUBSCRIPTIONS_SERVICE_URL", local(ports.subscriptions()));
        support.put("MESSAGECENTER_SERVICE_URL", local(ports.messagecenter()));

        Map<String, String> gateway = new LinkedHashMap<>();
        gateway.put("OIDC_AUTH_SERVER_URL", issuer);
        gateway.put("MANAGEMENT_PORT", String.valueOf(ports.gatewayManagement()));
        gateway.put("SUBSCRIPTIONS_SERVICE_URL", local(ports.subscriptions()));
        gateway.put("SUPPORT_SERVICE_URL", local(ports.support()));
        gateway.put("MESSAGECENTER_SERVICE_URL", local(ports.messagecenter()));

        // Webhook receivers of a developer's machine are plain-http servers on loopback: allowed here, never in
        // production (where only https receivers on public addresses are).
        Map<String, String> messagecenter = new LinkedHashMap<>();
        messagecenter.put("PARTNERDESK_WEBHOOKS_ALLOW_HTTP", "true");
        messagecenter.put("PARTNERDESK_WEBHOOKS_ALLOWED_CIDRS", "127.0.0.0/8");
        // Its own outbox relay delivers service-health events to support-service, as the same service client.
        messagecenter.put("SUPPORT_EVENTS_URL", local(ports.support()) + "/internal/v1/events");
        messagecenter.put("SERVICE_CLIENT_SECRET", LOCAL_SERVICE_CLIENT_SECRET);
        // The tenant directory of acknowledgements and their reminders, which a developer wants to see within seconds.
        messagecenter.put("SUBSCRIPTIONS_SERVICE_URL", local(ports.subscriptions()));
        messagecenter.put("ACK_REMINDER_INTERVAL", "5s");

        return List.of(
                service(SUBSCRIPTIONS, ports.subscriptions(), "subscriptions", subscriptions),
                service(SUPPORT, ports.support(), "support", support),
                service(MESSAGECENTER, ports.messagecenter(), "messagecenter", messagecenter),
                launch(GATEWAY, ports.gateway(), gateway, local(ports.gatewayManagement()) + "/q/health/ready"));
    }

    private ProcessSupervisor.Launch service(String module, int port, String databaseName, Map<String, String> own) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("OIDC_AUTH_SERVER_URL", issuer);
        environment.put("DB_URL", database.jdbcUrl(databaseName));
        environment.put("DB_USER", SuiteDatabase.USER);
        environment.put("DB_PASSWORD", SuiteDatabase.PASSWORD);
        environment.putAll(own);
        return launch(module, port, environment, local(port) + "/q/health/ready");
    }

    private ProcessSupervisor.Launch launch(String module, int port, Map<String, String> environment, String readyUrl) {
        Map<String, String> complete = new LinkedHashMap<>(environment);
        complete.put("HTTP_PORT", String.valueOf(port));
        complete.putAll(extraEnvironment.getOrDefault(module, Map.of()));
        return new ProcessSupervisor.Launch(module, javaCommand(module), Map.copyOf(complete), port, readyUrl);
    }

    private List<String> javaCommand(String module) {
        Path jar = repository.resolve(module + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new SuiteStartException(
                    "Missing " + jar + ": build first with ./mvnw -pl local-stack -am package -DskipTests");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String options = module.equals(GATEWAY) ? JvmOptions.GATEWAY : JvmOptions.SERVICES;
        command.addAll(List.of(options.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    static String local(int port) {
        return "http://localhost:" + port;
    }
}
