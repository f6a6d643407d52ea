package io.partnerdesk.subscriptions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.partnerdesk.testing.EventConsumerStub;
import io.partnerdesk.testing.OutboxRows;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The relay running inside the service, delivering to a stub messagecenter over HTTP with a client-credentials token
 * from the test realm: delivered on 2xx, retried on 503, parked on 422 without blocking what follows.
 */
@QuarkusTest
@WithTestResource(value = EventConsumerStub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class OutboxDeliveryTest {

    private static final String PARTNER = Tokens.partner(Fixtures.OWNER);
    private static final ObjectMapper JSON = new ObjectMapper();

    @EventConsumerStub.InjectEventConsumer
    WireMockServer consumer;

    @Inject
    DataSource dataSource;

    private UUID customerId;

    @BeforeEach
    void customer() {
        EventConsumerStub.acceptEverything(consumer);
        customerId = Fixtures.customer(Fixtures.OWNER);
    }

    private List<OutboxRows.Row> rowsOf(UUID subscriptionId, int expected) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> OutboxRows.about(dataSource, "subscription", subscriptionId),
                rows -> rows.size() == expected && rows.stream().noneMatch(r -> r.status().equals("PENDING")));
    }

    private List<JsonNode> receivedAbout(UUID subscriptionId) {
        return consumer.findAll(postRequestedFor(urlEqualTo(EventConsumerStub.PATH))).stream()
                .map(LoggedRequest::getBodyAsString)
                .filter(body -> body.contains(subscriptionId.toString()))
                .map(OutboxDeliveryTest::json).toList();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("a committed change reaches the consumer with a service token, and its row is marked delivered")
    void delivered() {
        UUID subscriptionId = Fixtures.subscription(customerId);
        Fixtures.patch(PARTNER, customerId, subscriptionId, Map.of("quantity", 12)).then().statusCode(200);

        assertThat(rowsOf(subscriptionId, 2)).extracting(OutboxRows.Row::status).containsExactly("DELIVERED",
                "DELIVERED");
        List<JsonNode> received = receivedAbout(subscriptionId);
        assertThat(received).extracting(e -> e.path("type").asText())
                .containsExactly("subscription.created", "subscription.changed");
        assertThat(received.get(1).path("tenantId").asText()).isEqualTo(customerId.toString());
        assertThat(received.get(1).path("data").path("newValue").asText()).isEqualTo("12");

        LoggedRequest request = consumer.findAll(postRequestedFor(urlEqualTo(EventConsumerStub.PATH))
                .withRequestBody(containing(subscriptionId.toString()))).get(0);
        String token = request.getHeader("Authorization").substring("Bearer ".length());
        JsonNode claims = json(
                new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.path("groups").toString()).contains("service");
        assertThat(request.getHeader("X-Request-Id")).startsWith("outbox-");
    }

    @Test
    @DisplayName("while the consumer answers 503 the event is retried with backoff, and delivered once it recovers")
    void retriedUntilTheConsumerRecovers() {
        consumer.stubFor(post(urlEqualTo(EventConsumerStub.PATH)).atPriority(1).inScenario("outage")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("still down"));
        consumer.stubFor(post(urlEqualTo(EventConsumerStub.PATH)).atPriority(1).inScenario("outage")
                .whenScenarioStateIs("still down").willReturn(aResponse().withStatus(503))
                .willSetStateTo("recovered"));

        UUID subscriptionId = Fixtures.subscription(customerId);

        OutboxRows.Row row = rowsOf(subscriptionId, 1).get(0);
        assertThat(row.status()).isEqualTo("DELIVERED");
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(receivedAbout(subscriptionId)).hasSize(3);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString(
                        "outbox_delivery_failures_total{kind=\"http_503\",service=\"subscriptions-service\"}"));
    }

    @Test
    @DisplayName("an event the consumer refuses (422) is parked with its reason; the subject's next event still goes")
    void refusedIsParkedAndDoesNotBlock() {
        consumer.stubFor(post(urlEqualTo(EventConsumerStub.PATH)).atPriority(1)
                .withRequestBody(containing("subscription.created"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody(
                                "{\"title\": \"Event not accepted\", \"status\": 422, \"detail\": \"data.offerName is required\"}")));
        UUID subscriptionId = Fixtures.subscription(customerId);
        Fixtures.patch(PARTNER, customerId, subscriptionId, Map.of("friendlyName", "Renamed")).then().statusCode(200);

        List<OutboxRows.Row> rows = rowsOf(subscriptionId, 2);
        assertThat(rows).extracting(OutboxRows.Row::status).containsExactly("PARKED", "DELIVERED");
        assertThat(rows.get(0).lastError()).isEqualTo("HTTP 422: Event not accepted: data.offerName is required");
        String metrics = Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> given().get("/q/metrics").asString(),
                text -> text.contains("outbox_parked_rows{service=\"subscriptions-service\"} 1.0"));
        assertThat(metrics).contains("outbox_parked_total{service=\"subscriptions-service\"} 1.0")
                .contains("outbox_parked_rows{service=\"subscriptions-service\"} 1.0")
                .contains("outbox_backlog_rows{service=\"subscriptions-service\"}")
                .contains("outbox_oldest_pending_age_seconds{service=\"subscriptions-service\"}")
                .contains("outbox_deliveries_total{service=\"subscriptions-service\"}");
    }
}
