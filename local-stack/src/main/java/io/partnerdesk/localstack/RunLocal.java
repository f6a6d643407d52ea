package io.partnerdesk.localstack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run-local.sh}: starts the suite on the default ports (overridable by environment variables), prints where
 * everything listens and how to get a token, and stops every process it started on Ctrl-C.
 */
public final class RunLocal {

    private RunLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean infrastructureOnly = java.util.Arrays.asList(args).contains("--infra-only");
        for (String arg : args) {
            if (!arg.equals("--infra-only")) {
                System.err.println("[partnerdesk] Unknown option " + arg + "; usage: ./run-local.sh [--infra-only]");
                System.exit(2);
            }
        }
        SuitePorts defaults = SuitePorts.defaults();
        SuitePorts ports = new SuitePorts(
                port("GATEWAY_PORT", defaults.gateway()), port("GATEWAY_MANAGEMENT_PORT", defaults.gatewayManagement()),
                port("KEYCLOAK_PORT", defaults.keycloak()), port("SUBSCRIPTIONS_PORT", defaults.subscriptions()),
                port("SUPPORT_PORT", defaults.support()), port("MESSAGECENTER_PORT", defaults.messagecenter()),
                port("POSTGRES_PORT", defaults.postgres()));
        Path repository = Path.of(System.getProperty("partnerdesk.repository", ".")).toAbsolutePath().normalize();
        LocalSuite suite = new LocalSuite(repository, repository.resolve(".partnerdesk"), ports);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            SuiteLog.line("Stopping every process of the suite ...");
            suite.stop();
            SuiteLog.line("Stopped.");
            stopped.countDown();
        }));
        try {
            if (infrastructureOnly) {
                suite.startInfrastructure();
            } else {
                suite.start();
            }
        } catch (SuiteStartException e) {
            System.err.println("[partnerdesk] " + e.getMessage());
            System.exit(1);
        }
        if (infrastructureOnly) {
            System.out.println("""

                    PartnerDesk's infrastructure is running (no service, no gateway).
                      PostgreSQL:        localhost:%d, user postgres / postgres, databases %s
                      Keycloak issuer:   %s   (admin console: admin / admin)
                      Run one service in dev mode against it (live reload, Dev UI at /q/dev-ui), e.g.:
                        ./mvnw quarkus:dev -pl subscriptions-service      (8081; support-service 8082,
                                                                            messagecenter-service 8083, gateway 8080)
                      Logs: .partnerdesk/logs/    Stop: Ctrl-C
                    """.formatted(ports.postgres(), String.join(", ", SuiteDatabase.DATABASES), suite.issuer()));
            stopped.await();
            return;
        }
        System.out.println("""

                PartnerDesk is running.
                  API (gateway):     %s/api/v1/...   Swagger UI: %s/swagger-ui/
                  Keycloak issuer:   %s   (admin console: admin / admin)
                  Gateway health:    http://localhost:%d/q/health   metrics: http://localhost:%d/q/metrics
                  Fixture users (password = user name): contoso-admin, fabrikam-admin (partners),
                    tailspin-admin, wingtip-admin (customers), vianet-engineer, vianet-operator
                  A token:
                    curl -s -d grant_type=password -d client_id=partnerdesk-cli -d username=contoso-admin \\
                         -d password=contoso-admin %s/protocol/openid-connect/token | jq -r .access_token
                  Logs: .partnerdesk/logs/    Stop: Ctrl-C
                """.formatted(suite.gatewayUrl(), suite.gatewayUrl(), suite.issuer(), ports.gatewayManagement(),
                ports.gatewayManagement(), suite.issuer()));
        stopped.await();
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            System.err.println("[partnerdesk] " + variable + "=" + value + " is not a port number");
            System.exit(1);
            return fallback;
        }
    }
}
