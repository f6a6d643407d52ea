package io.partnerdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.micrometer.core.instrument.MeterRegistry;
import io.partnerdesk.support.SubscriptionsServiceStub.InjectStub;
import io.partnerdesk.support.service.SlaBreachWatch;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.OutboxRows;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Every change of a support request writes its events into event_outbox in its own transaction (relay off here). */
@QuarkusTest
class OutboxEventsTest {

    private static final String PARTNER = Tokens.partner("contoso");
    private static final String ENGINEER = Tokens.engineer();

    @InjectStub
    WireMockServer stub;

    @Inject
    DataSource dataSource;

    @Inject
    SlaBreachWatch slaWatch;

    @Inject
    MeterRegistry meters;

    private UUID customerId;
    private UUID requestId;

    @BeforeEach
    void request() {
        customerId = Fixtures.customerOf(stub, "contoso");
        requestId = Fixtures.request(customerId, "B");
    }

    private List<OutboxRows.Row> events() {
        return OutboxRows.about(dataSource, "support-request", requestId);
    }

    private List<String> types() {
        return events().stream().map(OutboxRows.Row::type).toList();
    }

    @Test
    @DisplayName("filing emits support-request.created for the customer's tenant, with the number and title")
    void created() {
        OutboxRows.Row row = events().get(0);
        assertThat(types()).containsExactly("support-request.created");
        assertThat(row.event().path("tenantId").asText()).isEqualTo(customerId.toString());
        assertThat(row.event().path("partnerId").asText()).isEqualTo("contoso");
        assertThat(row.event().path("data").path("number").asText()).matches("SR-\\d{6}");
        assertThat(row.event().path("data").path("title").asText()).isEqualTo("Inbound mail delayed");
    }

    @Test
    @DisplayName("a status change emits status-changed; shared notes emit note-added with the author's role; internal notes emit nothing")
    void statusAndNotes() {
        Api.as(ENGINEER).body(Map.of("text", "Internal: legacy cluster", "visibility", "internal"))
                .post(Fixtures.path(requestId) + "/notes").then().statusCode(201);
        assertThat(types()).containsExactly("support-request.created");

        Fixtures.patch(ENGINEER, requestId, Map.of("status", "in_progress")).then().statusCode(200);
        Api.as(ENGINEER).body(Map.of("text", "Could you send a message trace?"))
                .post(Fixtures.path(requestId) + "/notes").then().statusCode(201);

        List<OutboxRows.Row> rows = events();
        assertThat(rows).extracting(OutboxRows.Row::type).containsExactly("support-request.created",
                "support-request.status-changed", "support-request.note-added");
        assertThat(rows.get(1).event().path("data").path("status").asText()).isEqualTo("in_progress");
        assertThat(rows.get(2).event().path("data").path("visibility").asText()).isEqualTo("shared");
        assertThat(rows.get(2).event().path("data").path("authorRole").asText()).isEqualTo("support-engineer");
        assertThat(rows.toString()).doesNotContain("legacy cluster");
    }

    @Test
    @DisplayName("a refused change (409 on a transition the lifecycle forbids) emits nothing")
    void refusedEmitsNothing() {
        Fixtures.patch(PARTNER, requestId, Map.of("status", "in_progress")).then().statusCode(409);
        assertThat(types()).containsExactly("support-request.created");
    }

    @Test
    @DisplayName("a request past its first-response target is reported once to its partner; answered ones never")
    void slaBreachReportedOnce() {
        UUID answered = Fixtures.request(customerId, "A");
        Fixtures.patch(ENGINEER, answered, Map.of("status", "in_progress")).then().statusCode(200);
        String etagBefore = Fixtures.etag(requestId);
        dueInThePast(requestId);
        dueInThePast(answered);
        double countedBefore = breachesOfSeverityB();

        slaWatch.reportBreaches();
        slaWatch.reportBreaches();

        // The alerts' counter moved by one: the breach, counted once it committed, and not again.
        assertThat(breachesOfSeverityB() - countedBefore).isEqualTo(1.0);

        List<OutboxRows.Row> rows = events();
        assertThat(rows).extracting(OutboxRows.Row::type)
                .containsExactly("support-request.created", "support-request.sla-breached");
        assertThat(rows.get(1).event().path("partnerId").asText()).isEqualTo("contoso");
        assertThat(rows.get(1).event().path("data").path("severity").asText()).isEqualTo("B");
        assertThat(OutboxRows.about(dataSource, "support-request", answered)).extracting(OutboxRows.Row::type)
                .doesNotContain("support-request.sla-breached");
        assertThat(Fixtures.etag(requestId)).as("reporting is not a change of the request").isEqualTo(etagBefore);
    }

    private double breachesOfSeverityB() {
        return meters.get("support.sla.breaches").tag("severity", "B").counter().count();
    }

    private void dueInThePast(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update support_requests set first_response_due_at = ? where id = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
            s.setObject(2, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
