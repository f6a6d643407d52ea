package io.partnerdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.partnerdesk.support.SubscriptionsServiceStub.InjectStub;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SupportRequestsTest {

    private static final String PARTNER = Tokens.partner("contoso");
    private static final String ENGINEER = Tokens.engineer();

    @InjectStub
    WireMockServer stub;

    @Inject
    EntityManager em;

    UUID customerId;

    @BeforeEach
    void customer() {
        customerId = Fixtures.customerOf(stub, "contoso");
    }

    private void setColumn(UUID requestId, String field, Instant value) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update SupportRequest set " + field + " = :v where id = :id")
                        .setParameter("v", value).setParameter("id", requestId).executeUpdate());
    }

    @Nested
    class Filing {

        @Test
        @DisplayName("a filed request is open, numbered SR-nnnnnn, with its first response due under the SLA")
        void create() {
            var created = Api.as(PARTNER).body(Fixtures.newRequest(customerId, "A")).post("/api/v1/support-requests")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/support-requests/"))
                    .header("ETag", notNullValue())
                    .body("number", matchesPattern("SR-\\d{6}"))
                    .body("status", equalTo("open"))
                    .body("severity", equalTo("A"))
                    .body("partnerId", equalTo("contoso"))
                    .body("contact.email", equalTo("li.wei@contoso.cn"))
                    .body("triage.stepsTaken", containsString("Recreated"))
                    .body("assignee", nullValue())
                    .body("firstRespondedAt", nullValue())
                    .body("slaBreached", equalTo(false))
                    .extract();
            Instant createdAt = Instant.parse(created.path("createdAt"));
            assertThat(Instant.parse(created.<String> path("firstResponseDueAt")))
                    .isEqualTo(createdAt.plus(Duration.ofHours(2)));
        }

        @Test
        @DisplayName("steps already taken are required: the partner must show what it tried")
        void stepsTakenRequired() {
            Map<String, Object> body = new HashMap<>(Fixtures.newRequest(customerId, "B"));
            body.put("triage", Map.of("customerImpact", "Everyone"));
            Api.as(PARTNER).body(body).post("/api/v1/support-requests")
                    .then().statusCode(400).body("violations[0].field", equalTo("triage.stepsTaken"))
                    .body("violations[0].message", containsString("steps already taken"));
        }

        @Test
        @DisplayName("invalid severity, contact email and unknown topic are refused naming the field")
        void invalid() {
            Map<String, Object> body = new HashMap<>(Fixtures.newRequest(customerId, "D"));
            Api.as(PARTNER).body(body).post("/api/v1/support-requests")
                    .then().statusCode(400).body("violations[0].field", equalTo("severity"));
            body.put("severity", "B");
            body.put("contact", Map.of("name", "Li", "email", "not-an-email"));
            Api.as(PARTNER).body(body).post("/api/v1/support-requests")
                    .then().statusCode(400).body("violations[0].field", equalTo("contact.email"));
            body.put("contact", Map.of("name", "Li", "email", "li@contoso.cn"));
            body.put("topicId", UUID.randomUUID().toString());
            Api.as(PARTNER).body(body).post("/api/v1/support-requests")
                    .then().statusCode(422).body("violations[0].field", equalTo("topicId"));
        }

        @Test
        @DisplayName("status, number or partnerId in the body are refused with 400")
        void serverOwned() {
            for (String field : new String[]{ "status", "number", "partnerId", "firstResponseDueAt" }) {
                Map<String, Object> body = new HashMap<>(Fixtures.newRequest(customerId, "B"));
                body.put(field, "x");
                Api.as(PARTNER).body(body).post("/api/v1/support-requests")
                        .then().statusCode(400).body("violations[0].field", equalTo(field));
            }
        }

        @Test
        @DisplayName("the same POST with one Idempotency-Key files one request")
        void idempotent() {
            String key = UUID.randomUUID().toString();
            String first = Api.as(PARTNER).header("Idempotency-Key", key).body(Fixtures.newRequest(customerId, "C"))
                    .post("/api/v1/support-requests").then().statusCode(201).extract().asString();
            String second = Api.as(PARTNER).header("Idempotency-Key", key).body(Fixtures.newRequest(customerId, "C"))
                    .post("/api/v1/support-requests").then().statusCode(201).header("Idempotent-Replayed", "true")
                    .extract().asString();
            assertThat(second).isEqualTo(first);
            assertThat(Api.as(PARTNER).queryParam("customerId", customerId.toString()).get("/api/v1/support-requests")
                    .jsonPath().getList("items")).hasSize(1);
        }
    }

    @Nested
    class Lifecycle {

        @Test
        @DisplayName("engineer: open → in_progress (first response) → awaiting_partner → in_progress → resolved; partner confirms → closed")
        void happyPath() {
            UUID id = Fixtures.request(customerId, "B");
            Fixtures.patch(ENGINEER, id, Map.of("status", "in_progress", "assignee", "vianet-engineer"))
                    .then().statusCode(200).body("status", equalTo("in_progress"))
                    .body("assignee", equalTo("vianet-engineer"))
                    .body("firstRespondedAt", notNullValue()).body("slaBreached", equalTo(false));
            Fixtures.patch(ENGINEER, id, Map.of("status", "awaiting_partner")).then().statusCode(200);
            Fixtures.patch(ENGINEER, id, Map.of("status", "in_progress")).then().statusCode(200);
            Fixtures.patch(ENGINEER, id, Map.of("status", "resolved")).then().statusCode(200)
                    .body("resolvedAt", notNullValue());
            Fixtures.patch(PARTNER, id, Map.of("status", "closed")).then().statusCode(200)
                    .body("closedAt", notNullValue());
            Fixtures.patch(ENGINEER, id, Map.of("assignee", "someone-else")).then().statusCode(409)
                    .body("type", endsWith("/support-request-closed"));
            Api.as(Tokens.customer(customerId)).get(Fixtures.path(id) + "/timeline").then().statusCode(200)
                    .body("items.type", hasItem("status_changed")).body("items.type", hasItem("assigned"))
                    .body("items[0].type", equalTo("created"));
        }

        @Test
        @DisplayName("a refused move is 409 naming the current status and the allowed ones")
        void refusedMoves() {
            UUID id = Fixtures.request(customerId, "B");
            Fixtures.patch(ENGINEER, id, Map.of("status", "resolved")).then().statusCode(409)
                    .body("type", endsWith("/invalid-status-transition"))
                    .body("detail", containsString("is open")).body("detail", containsString("in_progress"));
            Fixtures.patch(PARTNER, id, Map.of("status", "in_progress")).then().statusCode(409)
                    .body("detail", containsString("Allowed next statuses: closed"));
        }

        @Test
        @DisplayName("the partner withdraws an open request")
        void withdraw() {
            UUID id = Fixtures.request(customerId, "C");
            Fixtures.patch(PARTNER, id, Map.of("status", "closed")).then().statusCode(200).body("status",
                    equalTo("closed"));
        }

        @Test
        @DisplayName("the partner reopens a resolved request within 7 days, not after")
        void reopen() {
            UUID id = Fixtures.request(customerId, "C");
            Fixtures.patch(ENGINEER, id, Map.of("status", "in_progress")).then().statusCode(200);
            Fixtures.patch(ENGINEER, id, Map.of("status", "resolved")).then().statusCode(200);
            Fixtures.patch(PARTNER, id, Map.of("status", "in_progress")).then().statusCode(200)
                    .body("status", equalTo("in_progress")).body("resolvedAt", nullValue());
            Fixtures.patch(ENGINEER, id, Map.of("status", "resolved")).then().statusCode(200);
            setColumn(id, "resolvedAt", Instant.now().minus(Duration.ofDays(8)));
            Fixtures.patch(PARTNER, id, Map.of("status", "in_progress")).then().statusCode(409)
                    .body("type", endsWith("/reopen-window-closed"));
        }

        @Test
        @DisplayName("the partner edits title, description and contact only while open; the engineer never")
        void edits() {
            UUID id = Fixtures.request(customerId, "C");
            Fixtures.patch(PARTNER, id, Map.of("title", "Inbound mail delayed by 3 hours")).then().statusCode(200)
                    .body("title", equalTo("Inbound mail delayed by 3 hours"));
            Fixtures.patch(ENGINEER, id, Map.of("title", "Mine now")).then().statusCode(403)
                    .body("type", endsWith("/partner-only-field"));
            Fixtures.patch(ENGINEER, id, Map.of("status", "in_progress")).then().statusCode(200);
            Fixtures.patch(PARTNER, id, Map.of("description", "More detail")).then().statusCode(409)
                    .body("type", endsWith("/support-request-not-editable"));
            Fixtures.patch(PARTNER, id, Map.of("assignee", "me")).then().statusCode(403)
                    .body("type", endsWith("/engineer-only-field"));
        }

        @Test
        @DisplayName("PATCH needs If-Match: missing 428, stale 412")
        void ifMatch() {
            UUID id = Fixtures.request(customerId, "C");
            String stale = Fixtures.etag(id);
            Api.as(ENGINEER).body(Map.of("status", "in_progress")).patch(Fixtures.path(id)).then().statusCode(428);
            Api.as(ENGINEER).header("If-Match", stale).body(Map.of("status", "in_progress")).patch(Fixtures.path(id))
                    .then().statusCode(200);
            Api.as(ENGINEER).header("If-Match", stale).body(Map.of("assignee", "x")).patch(Fixtures.path(id))
                    .then().statusCode(412);
        }
    }

    @Nested
    class Sla {

        @Test
        @DisplayName("lowering severity needs a reason, records it as a shared note and recomputes the due time from creation")
        void lowerSeverity() {
            UUID id = Fixtures.request(customerId, "A");
            // Filed at 23:30 in Shanghai: C's 8 support hours run 30 minutes before midnight and the rest from 09:00.
            setColumn(id, "createdAt", Instant.parse("2026-11-24T15:30:00Z"));
            Fixtures.patch(ENGINEER, id, Map.of("severity", "C")).then().statusCode(400)
                    .body("violations[0].field", equalTo("severityReason"));
            Fixtures.patch(ENGINEER, id, Map.of("severity", "C", "severityReason", "Only one mailbox affected"))
                    .then().statusCode(200).body("severity", equalTo("C"))
                    .body("firstResponseDueAt", equalTo("2026-11-25T08:30:00Z"));
            Api.as(PARTNER).get(Fixtures.path(id) + "/notes").then().statusCode(200)
                    .body("items[0].text", containsString("Severity lowered from A to C: Only one mailbox affected"));
            Fixtures.patch(ENGINEER, id, Map.of("severity", "A", "severityReason", "Worse")).then().statusCode(422)
                    .body("violations[0].field", equalTo("severity"));
        }

        @Test
        @DisplayName("the engineer's first shared note is the first response; an internal note is not")
        void firstResponseByNote() {
            UUID id = Fixtures.request(customerId, "B");
            Api.as(ENGINEER).body(Map.of("text", "Checking logs", "visibility", "internal"))
                    .post(Fixtures.path(id) + "/notes")
                    .then().statusCode(201);
            Api.as(PARTNER).get(Fixtures.path(id)).then().body("firstRespondedAt", nullValue());
            Api.as(ENGINEER).body(Map.of("text", "We are looking at the connector.")).post(Fixtures.path(id) + "/notes")
                    .then().statusCode(201);
            Api.as(PARTNER).get(Fixtures.path(id)).then().body("firstRespondedAt", notNullValue())
                    .body("status", equalTo("open"));
        }

        @Test
        @DisplayName("an overdue request without a response is breached; engineers filter breached and due-before")
        void breached() {
            UUID overdue = Fixtures.request(customerId, "A");
            UUID inTime = Fixtures.request(customerId, "C");
            setColumn(overdue, "firstResponseDueAt",
                    Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MICROS));
            Api.as(PARTNER).get(Fixtures.path(overdue)).then().body("slaBreached", equalTo(true));
            Api.as(PARTNER).get(Fixtures.path(inTime)).then().body("slaBreached", equalTo(false));

            Api.as(ENGINEER).queryParam("breached", "true").queryParam("customerId", customerId.toString())
                    .get("/api/v1/support-requests").then().statusCode(200)
                    .body("items.id", hasItem(overdue.toString())).body("items.id", not(hasItem(inTime.toString())))
                    .body("items.slaBreached", everyItem(equalTo(true)));
            Api.as(ENGINEER).queryParam("breached", "false").queryParam("customerId", customerId.toString())
                    .get("/api/v1/support-requests").then().statusCode(200)
                    .body("items.id", hasItem(inTime.toString())).body("items.id", not(hasItem(overdue.toString())));
            Api.as(ENGINEER).queryParam("dueBefore", Instant.now().toString())
                    .queryParam("customerId", customerId.toString())
                    .get("/api/v1/support-requests").then().statusCode(200)
                    .body("items.id", hasItem(overdue.toString())).body("items.id", not(hasItem(inTime.toString())));
            // Responding late keeps the breach on record.
            Fixtures.patch(ENGINEER, overdue, Map.of("status", "in_progress")).then().statusCode(200)
                    .body("slaBreached", equalTo(true));
            Api.as(ENGINEER).queryParam("dueBefore", "tomorrow").get("/api/v1/support-requests").then().statusCode(400)
                    .body("violations[0].field", equalTo("dueBefore"));
        }
    }

    @Nested
    class Isolation {

        @Test
        @DisplayName("lists: a partner sees its own, a customer those about it, the engineer all; filters narrow them")
        void lists() {
            UUID mine = Fixtures.request(customerId, "B");
            UUID fabrikamCustomer = Fixtures.customerOf(stub, "fabrikam");
            UUID theirs = UUID
                    .fromString(Api.as(Tokens.partner("fabrikam")).body(Fixtures.newRequest(fabrikamCustomer, "B"))
                            .post("/api/v1/support-requests").then().statusCode(201).extract().path("id"));

            // Every page: the table holds every other test's requests too.
            var contosoSees = Api.allItems(PARTNER, "/api/v1/support-requests");
            assertThat(contosoSees).extracting(item -> item.get("partnerId")).containsOnly("contoso");
            assertThat(contosoSees).extracting(item -> item.get("id")).contains(mine.toString())
                    .doesNotContain(theirs.toString());
            var customerSees = Api.allItems(Tokens.customer(customerId), "/api/v1/support-requests");
            assertThat(customerSees).extracting(item -> item.get("customerId")).containsOnly(customerId.toString());
            assertThat(customerSees).extracting(item -> item.get("id")).contains(mine.toString());
            assertThat(Api.allIds(Tokens.customer(fabrikamCustomer), "/api/v1/support-requests"))
                    .contains(theirs.toString()).doesNotContain(mine.toString());
            Api.as(ENGINEER).queryParam("customerId", fabrikamCustomer.toString()).get("/api/v1/support-requests")
                    .then().statusCode(200).body("items.id", hasItem(theirs.toString()));
            Api.as(ENGINEER).queryParam("severity", "B").queryParam("status", "open")
                    .queryParam("customerId", customerId.toString())
                    .get("/api/v1/support-requests").then().statusCode(200).body("items.id", hasItem(mine.toString()));
            Api.as(ENGINEER).queryParam("status", "pending").get("/api/v1/support-requests").then().statusCode(400);
        }
    }
}
