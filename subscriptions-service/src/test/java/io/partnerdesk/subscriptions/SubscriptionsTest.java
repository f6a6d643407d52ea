package io.partnerdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SubscriptionsTest {

    private static final String PARTNER = Tokens.partner("contoso");

    @Inject
    EntityManager em;

    private UUID customerId;

    @BeforeEach
    void newCustomer() {
        customerId = Fixtures.customer("contoso");
    }

    private String path(UUID subscriptionId) {
        return Fixtures.subscriptionPath(customerId, subscriptionId);
    }

    @Test
    @DisplayName("creating a subscription answers 201 with Location, ETag and the term dates")
    void create() {
        var created = Api.as(PARTNER).body(Fixtures.newSubscription(25)).post(Fixtures.subscriptionsPath(customerId))
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("customerId", equalTo(customerId.toString()))
                .body("offerId", equalTo(Fixtures.OFFICE_365_E3.toString()))
                .body("quantity", equalTo(25))
                .body("billingCycle", equalTo("annual"))
                .body("autoRenewEnabled", equalTo(true))
                .body("status", equalTo("active"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(path(UUID.fromString(id)));
        Instant createdAt = Instant.parse(created.path("createdAt"));
        assertThat(Instant.parse(created.<String> path("cancellationAllowedUntil")))
                .isEqualTo(createdAt.plus(Duration.ofDays(7)));
        assertThat(Instant.parse(created.<String> path("termEndsAt"))).isAfter(createdAt.plus(Duration.ofDays(364)));

        Api.as(Tokens.customer(customerId)).get(path(UUID.fromString(id)))
                .then().statusCode(200).header("ETag", equalTo(created.header("ETag"))).body("quantity", equalTo(25));
    }

    @Test
    @DisplayName("a quantity outside the offer's bounds is 422 naming quantity, on create and on change")
    void quantityBounds() {
        Map<String, Object> body = new HashMap<>(Fixtures.newSubscription(1));
        body.put("offerId", Fixtures.OFFICE_365_E1.toString());
        body.put("quantity", 301);
        Api.as(PARTNER).body(body).post(Fixtures.subscriptionsPath(customerId))
                .then().statusCode(422).body("type", endsWith("/quantity-out-of-bounds"))
                .body("violations[0].field", equalTo("quantity"))
                .body("violations[0].message", containsString("between 1 and 300"));

        UUID id = Fixtures.subscription(customerId);
        Fixtures.patch(PARTNER, customerId, id, Map.of("quantity", 10_001))
                .then().statusCode(422).body("violations[0].field", equalTo("quantity"));
        Api.as(PARTNER).get(path(id)).then().body("quantity", equalTo(10));
    }

    @Test
    @DisplayName("an unknown offer or a billing cycle the offer lacks is 422 on that field")
    void offerRules() {
        Map<String, Object> body = new HashMap<>(Fixtures.newSubscription(5));
        body.put("offerId", UUID.randomUUID().toString());
        Api.as(PARTNER).body(body).post(Fixtures.subscriptionsPath(customerId))
                .then().statusCode(422).body("violations[0].field", equalTo("offerId"));
        body.put("offerId", Fixtures.OFFICE_365_E5.toString());
        body.put("billingCycle", "monthly");
        Api.as(PARTNER).body(body).post(Fixtures.subscriptionsPath(customerId))
                .then().statusCode(422).body("violations[0].field", equalTo("billingCycle"));
        body.put("billingCycle", "weekly");
        Api.as(PARTNER).body(body).post(Fixtures.subscriptionsPath(customerId))
                .then().statusCode(400).body("violations[0].field", equalTo("billingCycle"))
                .body("violations[0].message", containsString("[monthly, annual]"));
    }

    @Test
    @DisplayName("PATCH without If-Match is 428, with a stale one 412, with the current one 200 and a new ETag")
    void ifMatch() {
        UUID id = Fixtures.subscription(customerId);
        String etag = Fixtures.etag(PARTNER, path(id));
        Api.as(PARTNER).body(Map.of("quantity", 11)).patch(path(id))
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", endsWith("/precondition-required"));
        String newEtag = Api.as(PARTNER).header("If-Match", etag).body(Map.of("quantity", 11)).patch(path(id))
                .then().statusCode(200).body("quantity", equalTo(11)).extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        Api.as(PARTNER).header("If-Match", etag).body(Map.of("quantity", 12)).patch(path(id))
                .then().statusCode(412).body("type", endsWith("/precondition-failed"));
        Api.as(PARTNER).get(path(id)).then().body("quantity", equalTo(11)).header("ETag", equalTo(newEtag));
    }

    @Test
    @DisplayName("an empty PATCH is 400; an unknown or server-owned field is 400")
    void emptyPatch() {
        UUID id = Fixtures.subscription(customerId);
        Fixtures.patch(PARTNER, customerId, id, Map.of()).then().statusCode(400);
        Fixtures.patch(PARTNER, customerId, id, Map.of("offerId", UUID.randomUUID().toString()))
                .then().statusCode(400).body("violations[0].field", equalTo("offerId"));
        Fixtures.patch(PARTNER, customerId, id, Map.of("termEndsAt", "2030-01-01T00:00:00Z"))
                .then().statusCode(400).body("violations[0].field", equalTo("termEndsAt"));
    }

    @Test
    @DisplayName("a suspended subscription refuses quantity changes with 409 until reactivated")
    void suspended() {
        UUID id = Fixtures.subscription(customerId);
        Fixtures.patch(PARTNER, customerId, id, Map.of("status", "suspended")).then().statusCode(200)
                .body("status", equalTo("suspended"));
        Fixtures.patch(PARTNER, customerId, id, Map.of("quantity", 20))
                .then().statusCode(409).body("type", endsWith("/subscription-suspended"))
                .body("detail", containsString("Reactivate"));
        Fixtures.patch(PARTNER, customerId, id, Map.of("status", "active", "quantity", 20))
                .then().statusCode(200).body("status", equalTo("active")).body("quantity", equalTo(20));
    }

    @Test
    @DisplayName("cancelled is final: every later change is 409")
    void cancelledIsFinal() {
        UUID id = Fixtures.subscription(customerId);
        Fixtures.patch(PARTNER, customerId, id, Map.of("status", "cancelled")).then().statusCode(200)
                .body("status", equalTo("cancelled"));
        for (Map<String, Object> change : List.<Map<String, Object>> of(Map.of("status", "active"),
                Map.of("quantity", 3), Map.of("friendlyName", "Renamed"), Map.of("status", "cancelled"))) {
            Fixtures.patch(PARTNER, customerId, id, change).then().statusCode(409)
                    .body("type", endsWith("/subscription-cancelled"));
        }
    }

    @Test
    @DisplayName("cancelling after the cancellation window is 409 naming the deadline")
    void cancellationWindow() {
        UUID id = Fixtures.subscription(customerId);
        Instant closed = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update Subscription set cancellationAllowedUntil = :until where id = :id")
                .setParameter("until", closed).setParameter("id", id).executeUpdate());
        Fixtures.patch(PARTNER, customerId, id, Map.of("status", "cancelled"))
                .then().statusCode(409).body("type", endsWith("/cancellation-window-closed"))
                .body("detail", containsString(closed.toString()));
        Api.as(PARTNER).get(path(id)).then().body("status", equalTo("active"));
    }

    @Test
    @DisplayName("a customer's write is 403 telling it that only its partner changes subscriptions and how to ask")
    void customerCannotWrite() {
        UUID id = Fixtures.subscription(customerId);
        Fixtures.patch(Tokens.customer(customerId), customerId, id, Map.of("quantity", 30))
                .then().statusCode(403)
                .body("type", endsWith("/subscription-read-only"))
                .body("detail", containsString("Only your partner can change subscriptions"))
                .body("detail", containsString("change request"))
                .body("detail", containsString(path(id) + "/change-requests"));
        Api.as(Tokens.customer(customerId)).body(Fixtures.newSubscription(5))
                .post(Fixtures.subscriptionsPath(customerId))
                .then().statusCode(403).body("detail", containsString("Only your partner can change subscriptions"));
        Api.as(PARTNER).get(path(id)).then().body("quantity", equalTo(10));
    }

    @Test
    @DisplayName("another partner's or another customer's subscription is 404, the same as a missing one")
    void isolation() {
        UUID id = Fixtures.subscription(customerId);
        String body404 = Api.as(Tokens.partner("fabrikam")).get(path(id)).then().statusCode(404).extract()
                .path("title");
        assertThat(body404).isEqualTo("Not found");
        Api.as(Tokens.customer(Tokens.WINGTIP)).get(path(id)).then().statusCode(404);
        Api.as(PARTNER).get(path(UUID.randomUUID())).then().statusCode(404);
        // The subscription exists, but not under this customer.
        UUID otherCustomer = Fixtures.customer("contoso");
        Api.as(PARTNER).get(Fixtures.subscriptionPath(otherCustomer, id)).then().statusCode(404);
        Api.as(Tokens.partner("fabrikam")).get(Fixtures.subscriptionsPath(customerId)).then().statusCode(404);
    }

    @Test
    @DisplayName("history records every change: who, role, when, field, old and new; the customer reads it too")
    void history() {
        UUID id = Fixtures.subscription(customerId);
        Fixtures.patch(PARTNER, customerId, id, Map.of("quantity", 15)).then().statusCode(200);
        Fixtures.patch(PARTNER, customerId, id, Map.of("autoRenewEnabled", false, "friendlyName", "Branch E3"))
                .then().statusCode(200);
        // A PATCH that changes nothing records nothing.
        Fixtures.patch(PARTNER, customerId, id, Map.of("quantity", 15)).then().statusCode(200);

        var history = Api.as(Tokens.customer(customerId)).get(path(id) + "/history")
                .then().statusCode(200).body("items", hasSize(4)).extract().jsonPath();
        assertThat(history.getString("items[0].field")).isEqualTo("status");
        assertThat(history.getString("items[0].newValue")).isEqualTo("active");
        assertThat(history.getString("items[1].field")).isEqualTo("quantity");
        assertThat(history.getString("items[1].oldValue")).isEqualTo("10");
        assertThat(history.getString("items[1].newValue")).isEqualTo("15");
        assertThat(history.getString("items[1].actor")).isEqualTo("contoso-admin");
        assertThat(history.getString("items[1].actorRole")).isEqualTo("partner");
        assertThat(history.getString("items[1].changedAt")).endsWith("Z");
        assertThat(history.<String> getList("items.field").subList(2, 4))
                .containsExactlyInAnyOrder("autoRenewEnabled", "friendlyName");
    }

    @Test
    @DisplayName("the list filters by status, and refuses an unknown status with 400")
    void listByStatus() {
        UUID active = Fixtures.subscription(customerId);
        UUID suspended = Fixtures.subscription(customerId);
        Fixtures.patch(PARTNER, customerId, suspended, Map.of("status", "suspended")).then().statusCode(200);
        Api.as(Tokens.customer(customerId)).queryParam("status", "suspended")
                .get(Fixtures.subscriptionsPath(customerId))
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(suspended.toString()));
        Api.as(PARTNER).get(Fixtures.subscriptionsPath(customerId))
                .then().statusCode(200).body("items", hasSize(2)).body("items[0].id", equalTo(active.toString()));
        Api.as(PARTNER).queryParam("status", "paused").get(Fixtures.subscriptionsPath(customerId))
                .then().statusCode(400).body("violations[0].field", equalTo("status"))
                .body("violations[0].message", containsString("active"));
    }
}
