package io.partnerdesk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import io.partnerdesk.localstack.LocalSuite;

/**
 * The alert rules and the dashboard in deploy/observability name only metrics the running suite exports: a renamed
 * metric, or a rule written against one that does not exist, would otherwise never fire and never be noticed.
 * (deploy/observability/check.sh runs promtool on the rules and their unit tests in CI.)
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityFilesTest {

    private static final Path OBSERVABILITY = Path.of("..", "deploy", "observability").toAbsolutePath().normalize();

    /** PartnerDesk's own metric names: everything the files name that the suite, not the JVM or Quarkus, exports. */
    private static final Pattern METRIC = Pattern.compile("\\b(?:gateway|outbox|support|partnerdesk)_[a-z_]+\\b");

    /**
     * Counted per failure kind, so a series exists only once such a failure happened (outbox's relay registers
     * {@code kind} as it meets it); the name is checked against the outbox's code by its own tests.
     */
    private static final Set<String> CREATED_ON_FIRST_EVENT = Set.of("outbox_delivery_failures_total");

    @Test
    @DisplayName("every metric the alert rules and the dashboard name is exported by the gateway or a service")
    void rulesAndDashboardNameExportedMetrics(LocalSuite suite) throws IOException {
        // One call through the gateway, so that its per-route timer exists whichever test ran before.
        given().baseUri(suite.gatewayUrl()).get("/api/v1/offers").then().statusCode(401);

        Set<String> exported = new TreeSet<>();
        exported.addAll(names(scrape("http://127.0.0.1:" + suite.ports().gatewayManagement() + "/q/metrics")));
        for (String service : new String[]{ "subscriptions-service", "support-service", "messagecenter-service" }) {
            exported.addAll(names(scrape(suite.serviceUrl(service) + "/q/metrics")));
        }

        Set<String> named = new TreeSet<>();
        named.addAll(names(Files.readString(OBSERVABILITY.resolve("prometheus/partnerdesk-alerts.yml"))));
        named.addAll(names(Files.readString(OBSERVABILITY.resolve("grafana/partnerdesk-dashboard.json"))));

        assertThat(named).as("metrics named by the rules and dashboard").contains("gateway_requests_seconds_count",
                "gateway_breaker_open", "gateway_token_verification_failures_total",
                "outbox_oldest_pending_age_seconds", "outbox_parked_rows", "support_sla_breaches_total");
        named.removeAll(CREATED_ON_FIRST_EVENT);
        assertThat(exported).as("metrics exported by the suite").containsAll(named);
    }

    private static String scrape(String url) {
        return given().get(url).then().statusCode(200).extract().asString();
    }

    private static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }
}
