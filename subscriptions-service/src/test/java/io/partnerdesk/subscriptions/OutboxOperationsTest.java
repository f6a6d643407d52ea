package io.partnerdesk.subscriptions;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Operators' repair of the outbox over HTTP: list parked events, retry one, discard one; nobody else may. */
@QuarkusTest
class OutboxOperationsTest {

    private static final String BASE = "/api/v1/operations/subscriptions/outbox-events";

    @Inject
    DataSource dataSource;

    /** A parked row of its own subject, as the relay leaves one the consumer refused. */
    private UUID parkedRow() {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        """
                                insert into event_outbox (event_id, type, subject_key, payload, status, attempts, next_attempt_at,
                                    created_at, parked_at, last_error)
                                values (?, 'subscription.changed', ?, cast(? as jsonb), 'PARKED', 3, ?, ?, ?, 'HTTP 422: refused')""")) {
            Timestamp now = Timestamp.from(Instant.now());
            s.setObject(1, id);
            s.setString(2, "subscription:" + UUID.randomUUID());
            s.setString(3, "{\"id\": \"" + id + "\", \"type\": \"test.never-known\"}");
            s.setTimestamp(4, now);
            s.setTimestamp(5, now);
            s.setTimestamp(6, now);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    @Test
    @DisplayName("an operator lists parked events with their reason, and discards one with a reason kept for audit")
    void listAndDiscard() {
        UUID parked = parkedRow();
        Api.as(Tokens.operator()).queryParam("limit", 200).get(BASE).then().statusCode(200)
                .body("items.id", hasItem(parked.toString()))
                .body("items.find { it.id == '" + parked + "' }.lastError", equalTo("HTTP 422: refused"))
                .body("items.find { it.id == '" + parked + "' }.status", equalTo("parked"));
        Api.as(Tokens.operator()).body(Map.of("reason", "refused for good")).post(BASE + "/" + parked + "/discard")
                .then().statusCode(200).body("status", equalTo("discarded"))
                .body("resolution", equalTo("discarded: refused for good"));
        Api.as(Tokens.operator()).queryParam("limit", 200).get(BASE).then().statusCode(200)
                .body("items.id", not(hasItem(parked.toString())));
        Api.as(Tokens.operator()).queryParam("status", "discarded").queryParam("limit", 200).get(BASE).then()
                .statusCode(200).body("items.id", hasItem(parked.toString()));
        Api.as(Tokens.operator()).body(Map.of("reason", "again")).post(BASE + "/" + parked + "/discard")
                .then().statusCode(409).body("type", endsWith("/outbox-event-discarded"));
    }

    @Test
    @DisplayName("a retried event is pending again with a fresh count and its earlier attempts kept")
    void retry() {
        UUID parked = parkedRow();
        Api.as(Tokens.operator()).post(BASE + "/" + parked + "/retry").then().statusCode(200)
                .body("status", equalTo("pending")).body("attempts", equalTo(0)).body("previousAttempts", equalTo(3))
                .body("resolution", equalTo("retried"));
    }

    @Test
    @DisplayName("partners, customers and engineers may not; unknown events and other services' names are 404; a bad status 400")
    void refusals() {
        UUID parked = parkedRow();
        Api.as(Tokens.partner(Fixtures.OWNER)).get(BASE).then().statusCode(403);
        Api.as(Tokens.customer(Tokens.TAILSPIN)).post(BASE + "/" + parked + "/retry").then().statusCode(403);
        Api.as(Tokens.engineer()).body(Map.of("reason", "x")).post(BASE + "/" + parked + "/discard").then()
                .statusCode(403);
        Api.as(Tokens.operator()).post(BASE + "/" + UUID.randomUUID() + "/retry").then().statusCode(404);
        Api.as(Tokens.operator()).get("/api/v1/operations/support/outbox-events").then().statusCode(404);
        Api.as(Tokens.operator()).queryParam("status", "delivered").get(BASE).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        Api.as(Tokens.operator()).body(Map.of("reason", " ")).post(BASE + "/" + parked + "/discard").then()
                .statusCode(400).body("violations[0].field", equalTo("reason"));
    }
}
