package io.partnerdesk.messagecenter;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EventsTest {

    private static Map<String, Object> event(String type, UUID tenant, String partner, Map<String, Object> data) {
        Map<String, Object> event = new HashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("occurredAt", Instant.now().minusSeconds(5).toString());
        event.put("partnerId", partner);
        event.put("tenantId", tenant.toString());
        event.put("subject", Map.of("kind", type.substring(0, type.indexOf('.')), "id", UUID.randomUUID().toString()));
        event.put("data", data);
        return event;
    }

    private static List<String> deliver(Map<String, Object> event, int expected) {
        return Api.as(Tokens.service()).body(event).post("/internal/v1/events").then().statusCode(expected)
                .body("eventId", equalTo(event.get("id"))).extract().jsonPath().getList("messageIds");
    }

    @Test
    @DisplayName("a subscription change becomes a notification for that tenant only, in plain words")
    void subscriptionChanged() {
        UUID tenant = UUID.randomUUID();
        List<String> ids = deliver(event("subscription.changed", tenant, "contoso", Map.of("offerName", "Office 365 E3",
                "field", "quantity", "oldValue", "10", "newValue", "15")), 201);
        String id = ids.get(0);
        Api.as(Tokens.customer(tenant)).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("kind", equalTo("notification"))
                .body("body", equalTo("Your partner changed the quantity of Office 365 E3 from 10 to 15."))
                .body("tags", hasItem("subscription.changed"));
        Api.as(Tokens.customer(tenant)).queryParam("kind", "notification").get("/api/v1/messages").then()
                .body("items.id", hasItem(id));
        Api.as(Tokens.customer(UUID.randomUUID())).get("/api/v1/messages/" + id).then().statusCode(404);
        Api.as(Tokens.partner("contoso")).get("/api/v1/messages/" + id).then().statusCode(404);
    }

    @Test
    @DisplayName("a notification names its subject: friendly name in the title, subject type, id and name, a link; listed by subject")
    void subjectNamed() {
        UUID tenant = UUID.randomUUID();
        Map<String, Object> event = event("subscription.changed", tenant, "contoso",
                Map.of("offerName", "Office 365 E1",
                        "friendlyName", "Beijing office E1", "field", "quantity", "oldValue", "3", "newValue", "5"));
        @SuppressWarnings("unchecked")
        String subscriptionId = ((Map<String, String>) event.get("subject")).get("id");
        String id = deliver(event, 201).get(0);
        deliver(event("subscription.changed", tenant, "contoso", Map.of("offerName", "Office 365 E1", "field",
                "quantity", "oldValue", "1", "newValue", "2")), 201);
        Api.as(Tokens.customer(tenant)).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("title", equalTo("Beijing office E1 (Office 365 E1): quantity changed"))
                .body("subject.type", equalTo("subscription"))
                .body("subject.id", equalTo(subscriptionId))
                .body("subject.displayName", equalTo("Beijing office E1 (Office 365 E1)"))
                .body("links.subject", equalTo("/api/v1/customers/" + tenant + "/subscriptions/" + subscriptionId));
        Api.as(Tokens.customer(tenant)).queryParam("subjectType", "subscription")
                .queryParam("subjectId", subscriptionId)
                .get("/api/v1/messages").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        Api.as(Tokens.customer(tenant)).queryParam("subjectId", UUID.randomUUID().toString()).get("/api/v1/messages")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    @DisplayName("a support request's notification names it by number and links to it")
    void supportRequestSubject() {
        UUID tenant = UUID.randomUUID();
        Map<String, Object> event = event("support-request.created", tenant, "contoso", Map.of("number", "SR-001234",
                "title", "Mail delayed", "severity", "B"));
        @SuppressWarnings("unchecked")
        String requestId = ((Map<String, String>) event.get("subject")).get("id");
        String id = deliver(event, 201).get(0);
        Api.as(Tokens.customer(tenant)).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("subject.type", equalTo("support-request"))
                .body("subject.displayName", equalTo("SR-001234"))
                .body("links.subject", equalTo("/api/v1/support-requests/" + requestId));
    }

    @Test
    @DisplayName("a 200-character offer name makes a notification cut to fit, not a 500 (nothing for the relay to retry forever)")
    void longNamesFit() {
        UUID tenant = UUID.randomUUID();
        String name = "O".repeat(200);
        String id = deliver(event("subscription.created", tenant, "contoso", Map.of("offerName", name, "quantity", 5,
                "friendlyName", "F".repeat(200))), 201).get(0);
        Api.as(Tokens.customer(tenant)).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("title.length()", equalTo(200))
                .body("subject.displayName.length()", equalTo(200));
    }

    @Test
    @DisplayName("a support request's status change reaches its tenant and its partner, nobody else")
    void supportStatusChanged() {
        UUID tenant = UUID.randomUUID();
        String partner = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = deliver(event("support-request.status-changed", tenant, partner,
                Map.of("number", "SR-001042", "title", "Mail delayed", "status", "in_progress")), 201);
        org.assertj.core.api.Assertions.assertThat(ids).hasSize(2);
        Api.as(Tokens.customer(tenant)).queryParam("kind", "notification").get("/api/v1/messages").then()
                .body("items", hasSize(1)).body("items[0].title", equalTo("Support request SR-001042 is in progress"));
        Api.as(Tokens.partner(partner)).queryParam("kind", "notification").get("/api/v1/messages").then()
                .body("items", hasSize(1));
        Api.as(Tokens.partner("fabrikam")).queryParam("kind", "notification").queryParam("limit", 200)
                .get("/api/v1/messages").then().body("items.id", not(hasItem(ids.get(0))))
                .body("items.id", not(hasItem(ids.get(1))));
    }

    @Test
    @DisplayName("a change request reaches the partner")
    void changeRequestCreated() {
        String partner = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = deliver(event("change-request.created", UUID.randomUUID(), partner, Map.of("customerName",
                "Tailspin Toys", "offerName", "Office 365 E3", "summary", "quantity 25 → 40", "reason", "New office")),
                201);
        Api.as(Tokens.partner(partner)).get("/api/v1/messages/" + ids.get(0)).then().statusCode(200)
                .body("title", equalTo("Change request from Tailspin Toys"));
    }

    @Test
    @DisplayName("a redelivered event changes nothing and answers 200 with the same messages")
    void redelivery() {
        UUID tenant = UUID.randomUUID();
        Map<String, Object> event = event("subscription.cancelled", tenant, "contoso",
                Map.of("offerName", "Office 365 E1"));
        List<String> first = deliver(event, 201);
        List<String> again = deliver(event, 200);
        List<String> third = deliver(event, 200);
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first);
        org.assertj.core.api.Assertions.assertThat(third).isEqualTo(first);
        Api.as(Tokens.customer(tenant)).queryParam("kind", "notification").get("/api/v1/messages").then()
                .body("items", hasSize(1));
    }

    @Test
    @DisplayName("unknown types and missing facts are 422; internal notes are never notified")
    void refused() {
        UUID tenant = UUID.randomUUID();
        Api.as(Tokens.service()).body(event("subscription.exploded", tenant, "contoso", Map.of()))
                .post("/internal/v1/events")
                .then().statusCode(422).body("type", endsWith("/unknown-event-type"));
        Api.as(Tokens.service()).body(event("subscription.changed", tenant, "contoso", Map.of("offerName", "E3")))
                .post("/internal/v1/events").then().statusCode(422).body("violations[0].field", equalTo("data.field"));
        Api.as(Tokens.service()).body(event("support-request.note-added", tenant, "contoso", Map.of("number", "SR-1",
                "title", "x", "authorRole", "support-engineer", "visibility", "internal"))).post("/internal/v1/events")
                .then().statusCode(422).body("type", endsWith("/internal-note-event"));
        Map<String, Object> noId = event("subscription.cancelled", tenant, "contoso", Map.of("offerName", "E1"));
        noId.remove("id");
        Api.as(Tokens.service()).body(noId).post("/internal/v1/events").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
        Api.as(Tokens.customer(tenant)).queryParam("kind", "notification").get("/api/v1/messages").then()
                .body("items", hasSize(0));
    }

    @Test
    @DisplayName("only the service role delivers events: partners, customers, engineers and operators are 403, no token 401")
    void onlyServices() {
        Map<String, Object> event = event("subscription.cancelled", UUID.randomUUID(), "contoso",
                Map.of("offerName", "E1"));
        for (String token : List.of(Tokens.partner("contoso"), Tokens.customer(Tokens.TAILSPIN), Tokens.engineer(),
                Tokens.operator())) {
            Api.as(token).body(event).post("/internal/v1/events").then().statusCode(403);
        }
        Api.anonymous().body(event).post("/internal/v1/events").then().statusCode(401);
    }
}
