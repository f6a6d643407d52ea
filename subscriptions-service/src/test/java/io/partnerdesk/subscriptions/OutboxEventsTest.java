package io.partnerdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.outbox.Outbox;
import io.partnerdesk.outbox.OutboxEvent;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.OutboxRows;
import io.partnerdesk.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Every change writes its events into event_outbox in its own transaction (the relay is off here). */
@QuarkusTest
class OutboxEventsTest {

    private static final String PARTNER = Tokens.partner(Fixtures.OWNER);

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    private UUID customerId;
    private UUID subscriptionId;

    @BeforeEach
    void subscription() {
        customerId = Fixtures.customer(Fixtures.OWNER);
        subscriptionId = Fixtures.subscription(customerId);
    }

    private List<OutboxRows.Row> subscriptionEvents() {
        return OutboxRows.about(dataSource, "subscription", subscriptionId);
    }

    @Test
    @DisplayName("creating a subscription emits subscription.created for the customer's tenant and the partner")
    void created() {
        List<OutboxRows.Row> rows = subscriptionEvents();
        assertThat(rows).hasSize(1);
        OutboxRows.Row row = rows.get(0);
        assertThat(row.type()).isEqualTo("subscription.created");
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.event().path("type").asText()).isEqualTo("subscription.created");
        // The envelope's id is a random (version 4) UUID of its own, not the subject's.
        assertThat(UUID.fromString(row.event().path("id").asText()).version()).isEqualTo(4);
        assertThat(row.event().path("id").asText()).isNotEqualTo(subscriptionId.toString());
        assertThat(row.event().path("occurredAt").asText()).isNotBlank();
        assertThat(row.event().path("tenantId").asText()).isEqualTo(customerId.toString());
        assertThat(row.event().path("partnerId").asText()).isEqualTo("contoso");
        assertThat(row.event().path("subject").path("kind").asText()).isEqualTo("subscription");
        assertThat(row.event().path("subject").path("id").asText()).isEqualTo(subscriptionId.toString());
        assertThat(row.event().path("data").path("offerName").asText()).isEqualTo("Office 365 E3");
        assertThat(row.event().path("data").path("quantity").asInt()).isEqualTo(10);
    }

    @Test
    @DisplayName("a committed PATCH emits exactly one subscription.changed per changed field, with old and new values")
    void changedPerField() {
        Fixtures.patch(PARTNER, customerId, subscriptionId, Map.of("quantity", 15, "autoRenewEnabled", false))
                .then().statusCode(200);

        List<OutboxRows.Row> rows = subscriptionEvents();
        assertThat(rows).extracting(OutboxRows.Row::type)
                .containsExactly("subscription.created", "subscription.changed", "subscription.changed");
        assertThat(rows.get(1).event().path("data").path("field").asText()).isEqualTo("quantity");
        assertThat(rows.get(1).event().path("data").path("oldValue").asText()).isEqualTo("10");
        assertThat(rows.get(1).event().path("data").path("newValue").asText()).isEqualTo("15");
        assertThat(rows.get(2).event().path("data").path("field").asText()).isEqualTo("autoRenewEnabled");
        assertThat(rows.get(2).event().path("data").path("newValue").asText()).isEqualTo("false");
    }

    @Test
    @DisplayName("a PATCH that is refused (412, 422) or changes nothing emits nothing")
    void refusedChangesEmitNothing() {
        String path = Fixtures.subscriptionPath(customerId, subscriptionId);
        Api.as(PARTNER).header("If-Match", "\"999\"").body(Map.of("quantity", 12)).patch(path)
                .then().statusCode(412);
        Fixtures.patch(PARTNER, customerId, subscriptionId, Map.of("quantity", 100000)).then().statusCode(422);
        Fixtures.patch(PARTNER, customerId, subscriptionId, Map.of("quantity", 10)).then().statusCode(200);

        assertThat(subscriptionEvents()).extracting(OutboxRows.Row::type).containsExactly("subscription.created");
    }

    @Test
    @DisplayName("cancelling emits subscription.cancelled (not a status change)")
    void cancelled() {
        Fixtures.patch(PARTNER, customerId, subscriptionId, Map.of("status", "cancelled")).then().statusCode(200);

        assertThat(subscriptionEvents()).extracting(OutboxRows.Row::type)
                .containsExactly("subscription.created", "subscription.cancelled");
    }

    @Test
    @DisplayName("a change request emits change-request.created for the partner, and its approval the change and the decision")
    void changeRequests() {
        UUID requestId = Fixtures.changeRequest(customerId, subscriptionId,
                Map.of("quantity", 18, "autoRenewEnabled", false, "reason", "Eight new hires"));
        List<OutboxRows.Row> filed = OutboxRows.about(dataSource, "change-request", requestId);
        assertThat(filed).extracting(OutboxRows.Row::type).containsExactly("change-request.created");
        assertThat(filed.get(0).event().path("partnerId").asText()).isEqualTo("contoso");
        assertThat(filed.get(0).event().path("data").path("customerName").asText()).isEqualTo("Test Co");
        assertThat(filed.get(0).event().path("data").path("summary").asText())
                .isEqualTo("quantity to 18, auto-renew off");
        assertThat(filed.get(0).event().path("data").path("reason").asText()).isEqualTo("Eight new hires");

        String path = "/api/v1/change-requests/" + requestId;
        Api.as(PARTNER).header("If-Match", Fixtures.etag(PARTNER, path)).body(Map.of("reason", "Welcome aboard"))
                .post(path + "/approve").then().statusCode(200);

        List<OutboxRows.Row> decided = OutboxRows.about(dataSource, "change-request", requestId);
        assertThat(decided).extracting(OutboxRows.Row::type)
                .containsExactly("change-request.created", "change-request.decided");
        assertThat(decided.get(1).event().path("tenantId").asText()).isEqualTo(customerId.toString());
        assertThat(decided.get(1).event().path("data").path("decision").asText()).isEqualTo("approved");
        assertThat(decided.get(1).event().path("data").path("reason").asText()).isEqualTo("Welcome aboard");
        assertThat(subscriptionEvents()).extracting(OutboxRows.Row::type)
                .containsExactly("subscription.created", "subscription.changed", "subscription.changed");
    }

    @Test
    @DisplayName("a rejected change request tells the customer why")
    void rejected() {
        UUID requestId = Fixtures.changeRequest(customerId, subscriptionId, Map.of("quantity", 18, "reason", "More"));
        String path = "/api/v1/change-requests/" + requestId;
        Api.as(PARTNER).header("If-Match", Fixtures.etag(PARTNER, path)).body(Map.of("reason", "Budget frozen"))
                .post(path + "/reject").then().statusCode(200);

        OutboxRows.Row decided = OutboxRows.about(dataSource, "change-request", requestId).get(1);
        assertThat(decided.event().path("data").path("decision").asText()).isEqualTo("rejected");
        assertThat(decided.event().path("data").path("reason").asText()).isEqualTo("Budget frozen");
        assertThat(subscriptionEvents()).hasSize(1);
    }

    @Test
    @DisplayName("an event written in a transaction that rolls back is gone with it; one that commits stays, once")
    void rollbackEmitsNothing() {
        String rolledBack = UUID.randomUUID().toString();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.emit(new OutboxEvent("subscription.changed", "probe", rolledBack, "contoso", customerId, Map.of()));
            throw new IllegalStateException("the change failed after its event was written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(OutboxRows.about(dataSource, "probe", rolledBack)).isEmpty();

        String committed = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.emit(
                new OutboxEvent("subscription.changed", "probe", committed, "contoso", customerId, Map.of())));
        assertThat(OutboxRows.about(dataSource, "probe", committed)).hasSize(1);
    }

    @Test
    @DisplayName("emitting outside a transaction is a programming error, refused before anything is written")
    void emitNeedsTheChangesTransaction() {
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> outbox.emit(
                new OutboxEvent("subscription.changed", "probe", subject, "contoso", customerId, Map.of())))
                .isInstanceOf(TransactionalException.class);
        assertThat(OutboxRows.about(dataSource, "probe", subject)).isEmpty();
    }
}
