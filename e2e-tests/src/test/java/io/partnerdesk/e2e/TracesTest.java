package io.partnerdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.localstack.LocalSuite;

/**
 * One partner call, followed through the suite by its trace id alone, as an operator would with the logs: the gateway's
 * access line, the service's line for the change, the outbox relay's delivery of its event (a span of the same trace,
 * on another thread, later) and the Message Center's ingestion of that event, each a span of its own. The suite runs
 * without a collector, so spans are not recorded and the logs carry no parent ids: which span is whose parent is shown
 * by the outbox's OutboxRelayTest, the gateway's TracingTest and support-service's OutboxDeliveryTest.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("a trace id leads from the gateway through subscriptions-service and its outbox relay to messagecenter-service")
    void oneTraceAcrossTheSuite(LocalSuite suite) throws IOException {
        String token = new KeycloakTokens(suite.issuer()).client("contoso-integration", "contoso-integration-secret");
        String trace = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = "b7ad6b7169203331";

        String subscriptionId = Fixtures.viaGateway(suite, token)
                .header("traceparent", "00-" + trace + "-" + callerSpan + "-01")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offerId", Fixtures.OFFICE_365_E3, "quantity", 3, "billingCycle", "monthly",
                        "autoRenewEnabled", false, "friendlyName", "Traced subscription"))
                .post("/api/v1/customers/" + Fixtures.TAILSPIN + "/subscriptions").then().statusCode(201)
                .extract().path("id");

        JsonNode access = line(suite, "gateway", trace, m -> m.contains("route=/api/v1/customers"));
        assertThat(access.path("message").asText()).contains("POST /api/v1/customers/", "status=201");

        JsonNode change = line(suite, "subscriptions-service", trace,
                m -> m.contains("Subscription " + subscriptionId + " created"));
        assertThat(change.at("/mdc/spanId").asText()).isNotEqualTo(access.at("/mdc/spanId").asText());

        JsonNode delivery = line(suite, "subscriptions-service", trace,
                m -> m.contains("(subscription.created) delivered"));
        assertThat(delivery.path("threadName").asText()).isEqualTo("outbox-relay");
        assertThat(delivery.at("/mdc/spanId").asText()).isNotIn(access.at("/mdc/spanId").asText(),
                change.at("/mdc/spanId").asText());
        String eventId = delivery.path("message").asText().split(" ")[2];

        JsonNode ingestion = line(suite, "messagecenter-service", trace,
                m -> m.contains("Event " + eventId + " (subscription.created) made"));
        assertThat(ingestion.at("/mdc/spanId").asText()).isNotIn(access.at("/mdc/spanId").asText(),
                change.at("/mdc/spanId").asText(), delivery.at("/mdc/spanId").asText());
    }

    /** The JSON log line of {@code part} in trace {@code trace} whose message matches; waits for the async writer. */
    private static JsonNode line(LocalSuite suite, String part, String trace, Predicate<String> message) {
        return Awaitility.await(part + "'s line in trace " + trace).atMost(Duration.ofSeconds(20))
                .until(() -> find(suite, part, trace, message), Optional::isPresent).orElseThrow();
    }

    private static Optional<JsonNode> find(LocalSuite suite, String part, String trace, Predicate<String> message)
            throws IOException {
        List<String> lines = Files.readAllLines(suite.logFile(part));
        for (String line : lines) {
            if (line.startsWith("{") && line.contains(trace)) {
                JsonNode parsed = JSON.readTree(line);
                if (trace.equals(parsed.at("/mdc/traceId").asText()) && message.test(parsed.path("message").asText())) {
                    return Optional.of(parsed);
                }
            }
        }
        return Optional.empty();
    }
}
