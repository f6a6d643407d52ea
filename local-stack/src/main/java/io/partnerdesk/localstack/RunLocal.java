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
            suite.start();
        } catch (SuiteStartException e) {
            System.err.println("[partnerdesk] " + e.getMessage());
            System.exit(1);
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
