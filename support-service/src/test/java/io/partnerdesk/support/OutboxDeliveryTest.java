package io.partnerdesk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.partnerdesk.support.SubscriptionsServiceStub.InjectStub;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.EventConsumerStub;
import io.partnerdesk.testing.OutboxRows;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** support-service's relay is wired: its events reach the (stub) consumer in order, with a bearer token. */
@QuarkusTest
@WithTestResource(value = EventConsumerStub.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class OutboxDeliveryTest {

    @InjectStub
    WireMockServer subscriptions;

    @EventConsumerStub.InjectEventConsumer
    WireMockServer consumer;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void consumerAcceptsEverything() {
        EventConsumerStub.acceptEverything(consumer);
    }

    @Test
    @DisplayName("filing, an engineer's move and shared note reach the consumer in order and the rows are delivered")
    void delivered() throws Exception {
        UUID customerId = Fixtures.customerOf(subscriptions, "contoso");
        UUID requestId = Fixtures.request(customerId, "C");
        Fixtures.patch(Tokens.engineer(), requestId, Map.of("status", "in_progress")).then().statusCode(200);
        Api.as(Tokens.engineer()).body(Map.of("text", "Looking into it"))
                .post(Fixtures.path(requestId) + "/notes").then().statusCode(201);

        List<OutboxRows.Row> rows = Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> OutboxRows.about(dataSource, "support-request", requestId),
                current -> current.stream().allMatch(r -> r.status().equals("DELIVERED")));
        assertThat(rows).extracting(OutboxRows.Row::status).containsExactly("DELIVERED", "DELIVERED", "DELIVERED");

        List<LoggedRequest> received = consumer.findAll(postRequestedFor(urlEqualTo(EventConsumerStub.PATH)));
        ObjectMapper json = new ObjectMapper();
        assertThat(received).extracting(r -> json.readTree(r.getBodyAsString()).path("type").asText())
                .containsExactly("support-request.created", "support-request.status-changed",
                        "support-request.note-added");
        assertThat(received).allSatisfy(r -> assertThat(r.getHeader("Authorization")).startsWith("Bearer ey"));
    }

    @Test
    @DisplayName("one trace from the partner's call: the customer lookup at subscriptions-service and the event's delivery continue it")
    void oneTraceAcrossTheCallAndItsEvent() {
        UUID customerId = Fixtures.customerOf(subscriptions, "contoso");
        String trace = "5af7651916cd43dd8448eb211c80319c";
        UUID requestId = UUID.fromString(Api.as(Tokens.partner("contoso"))
                .header("traceparent", "00-" + trace + "-b7ad6b7169203331-01")
                .body(Fixtures.newRequest(customerId, "B")).post("/api/v1/support-requests").then().statusCode(201)
                .extract().path("id"));

        // The REST client's call to subscriptions-service carries the trace (Quarkus propagates it).
        List<LoggedRequest> lookups = subscriptions.findAll(
                getRequestedFor(urlPathMatching("/api/v1/customers/" + customerId + ".*")));
        assertThat(lookups).isNotEmpty().allSatisfy(r -> assertThat(r.getHeader("traceparent"))
                .matches("00-" + trace + "-[0-9a-f]{16}-0[01]"));

        // The event's row keeps it, and the relay's delivery, later and on its own thread, sends it on.
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> OutboxRows.about(dataSource, "support-request", requestId),
                rows -> !rows.isEmpty() && rows.stream().allMatch(r -> r.status().equals("DELIVERED")));
        List<LoggedRequest> delivered = consumer.findAll(postRequestedFor(urlEqualTo(EventConsumerStub.PATH))
                .withRequestBody(containing(requestId.toString())));
        assertThat(delivered).singleElement().satisfies(r -> assertThat(r.getHeader("traceparent"))
                .matches("00-" + trace + "-[0-9a-f]{16}-0[01]")
                .isNotIn(lookups.stream().map(l -> l.getHeader("traceparent")).toList()));
    }

    @Test
    @DisplayName("while the consumer answers 503 the request's events wait, in order, and all arrive once it recovers")
    void heldBackWhileTheConsumerIsDown() {
        // Scoped to this test's customer (the tenant of its events): rows other classes left pending go through too.
        UUID customerId = Fixtures.customerOf(subscriptions, "contoso");
        consumer.stubFor(post(urlEqualTo(EventConsumerStub.PATH)).atPriority(1).inScenario("outage")
                .withRequestBody(containing(customerId.toString()))
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("still down"));
        consumer.stubFor(post(urlEqualTo(EventConsumerStub.PATH)).atPriority(1).inScenario("outage")
                .withRequestBody(containing(customerId.toString()))
                .whenScenarioStateIs("still down").willReturn(aResponse().withStatus(503))
                .willSetStateTo("recovered"));
        UUID requestId = Fixtures.request(customerId, "B");
        Fixtures.patch(Tokens.engineer(), requestId, Map.of("status", "in_progress")).then().statusCode(200);

        List<OutboxRows.Row> rows = Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> OutboxRows.about(dataSource, "support-request", requestId),
                current -> current.size() == 2 && current.stream().allMatch(r -> r.status().equals("DELIVERED")));
        assertThat(rows.get(0).attempts()).as("failed attempts of the created event, before it went").isEqualTo(2);
        List<String> types = consumer.findAll(postRequestedFor(urlEqualTo(EventConsumerStub.PATH))).stream()
                .map(r -> r.getBodyAsString()).filter(body -> body.contains(requestId.toString()))
                .map(body -> body.contains("support-request.created") ? "created" : "status-changed").toList();
        assertThat(types).as("the status change never overtakes the filing").containsExactly("created", "created",
                "created", "status-changed");
    }

    @Test
    @DisplayName("an event the consumer refuses (422) is parked with its reason; the request's next event still goes")
    void refusedIsParkedAndDoesNotBlock() {
        UUID customerId = Fixtures.customerOf(subscriptions, "contoso");
        consumer.stubFor(post(urlEqualTo(EventConsumerStub.PATH)).atPriority(1)
                .withRequestBody(containing("support-request.created"))
                .withRequestBody(containing(customerId.toString()))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody(
                                "{\"title\": \"Event not accepted\", \"status\": 422, \"detail\": \"data.title is too long\"}")));
        UUID requestId = Fixtures.request(customerId, "B");
        Fixtures.patch(Tokens.engineer(), requestId, Map.of("status", "in_progress")).then().statusCode(200);

        List<OutboxRows.Row> rows = Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> OutboxRows.about(dataSource, "support-request", requestId),
                current -> current.size() == 2 && current.stream().noneMatch(r -> r.status().equals("PENDING")));
        assertThat(rows).extracting(OutboxRows.Row::status).containsExactly("PARKED", "DELIVERED");
        assertThat(rows.get(0).lastError()).isEqualTo("HTTP 422: Event not accepted: data.title is too long");
    }
}
