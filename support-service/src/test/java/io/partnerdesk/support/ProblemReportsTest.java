package io.partnerdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.partnerdesk.support.SubscriptionsServiceStub.InjectStub;
import io.partnerdesk.support.service.PartnerResponseClock;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.OutboxRows;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Problem reports: the customer reports, the partner takes, resolves or escalates, each side sees what it should. */
@QuarkusTest
class ProblemReportsTest {

    private static final String PARTNER = Tokens.partner("contoso");
    private static final String ENGINEER = Tokens.engineer();

    @InjectStub
    WireMockServer stub;

    @Inject
    DataSource dataSource;

    private UUID customer() {
        return Fixtures.customerOf(stub, "contoso");
    }

    @Nested
    @DisplayName("reporting")
    class Reporting {

        @Test
        @DisplayName("a customer reports to its own partner; the response is due in the partner's hours")
        void reports() {
            UUID customerId = customer();
            Response created = Api.as(Tokens.customer(customerId)).body(ProblemReports.newReport("Outlook"))
                    .post(ProblemReports.PATH);
            created.then().statusCode(201).header("Location", matchesPattern(".*/api/v1/problem-reports/[0-9a-f-]{36}"))
                    .header("ETag", notNullValue())
                    .body("number", matchesPattern("PR-\\d{6}"))
                    .body("customerId", equalTo(customerId.toString()))
                    .body("customerName", equalTo("Test Co"))
                    .body("partnerId", equalTo("contoso"))
                    .body("status", equalTo("new"))
                    .body("impact", equalTo("someUsers"))
                    .body("partnerRespondedAt", nullValue())
                    .body("partnerResponseBreached", equalTo(false))
                    .body("escalation", nullValue());
            Instant createdAt = Instant.parse(created.path("createdAt"));
            Instant expected = PartnerResponseClock.due(createdAt,
                    new PartnerResponseClock.SupportHours(ZoneId.of("Asia/Shanghai"),
                            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                            LocalTime.of(18, 0)),
                    Duration.ofHours(4));
            assertThat(Instant.parse(created.path("partnerResponseDueAt"))).isEqualTo(expected);
        }

        @Test
        @DisplayName("a partner without a support profile sets no response target: due null, never breached")
        void noProfile() {
            UUID customerId = SubscriptionsServiceStub.addCustomer(stub, "contoso", false);
            Api.as(Tokens.customer(customerId)).body(ProblemReports.newReport("No profile")).post(ProblemReports.PATH)
                    .then().statusCode(201).body("partnerResponseDueAt", nullValue())
                    .body("partnerResponseBreached", equalTo(false));
        }

        @Test
        @DisplayName("a subscription of the customer's own is accepted; another's is 422 and nothing is created")
        void subscription() {
            UUID customerId = customer();
            UUID own = SubscriptionsServiceStub.addSubscription(stub, customerId, "contoso");
            Map<String, Object> body = ProblemReports.newReport("About a subscription " + UUID.randomUUID());
            body.put("subscriptionId", own.toString());
            Api.as(Tokens.customer(customerId)).body(body).post(ProblemReports.PATH).then().statusCode(201)
                    .body("subscriptionId", equalTo(own.toString()));
            UUID othersCustomer = customer();
            UUID others = SubscriptionsServiceStub.addSubscription(stub, othersCustomer, "contoso");
            String title = "Someone else's subscription " + UUID.randomUUID();
            body = ProblemReports.newReport(title);
            body.put("subscriptionId", others.toString());
            Api.as(Tokens.customer(customerId)).body(body).post(ProblemReports.PATH).then().statusCode(422)
                    .body("violations[0].field", equalTo("subscriptionId"));
            assertThat(Api.allItems(Tokens.customer(customerId), ProblemReports.PATH)).extracting(m -> m.get("title"))
                    .doesNotContain(title);
        }

        @Test
        @DisplayName("a partner cannot report (403 naming the customer's role); a tenant no partner knows is 404")
        void refused() {
            Api.as(PARTNER).body(ProblemReports.newReport("x")).post(ProblemReports.PATH).then().statusCode(403)
                    .body("detail", containsString("Reporting a problem to a partner"));
            Api.as(Tokens.customer(UUID.randomUUID())).body(ProblemReports.newReport("x")).post(ProblemReports.PATH)
                    .then().statusCode(404).body("detail", containsString("not registered as a customer"));
        }

        @Test
        @DisplayName("occurredAt in the future, an unknown impact, a missing contact are 400 naming the field")
        void invalid() {
            UUID customerId = customer();
            Map<String, Object> future = ProblemReports.newReport("x");
            future.put("occurredAt", Instant.now().plus(Duration.ofDays(1)).toString());
            Api.as(Tokens.customer(customerId)).body(future).post(ProblemReports.PATH).then().statusCode(400)
                    .body("violations[0].field", equalTo("occurredAt"));
            Map<String, Object> impact = ProblemReports.newReport("x");
            impact.put("impact", "everyone");
            Api.as(Tokens.customer(customerId)).body(impact).post(ProblemReports.PATH).then().statusCode(400);
            Map<String, Object> contact = ProblemReports.newReport("x");
            contact.remove("contact");
            Api.as(Tokens.customer(customerId)).body(contact).post(ProblemReports.PATH).then().statusCode(400)
                    .body("violations[0].field", equalTo("contact"));
        }

        @Test
        @DisplayName("subscriptions-service failing: 503 with Retry-After after one retry, and nothing is filed")
        void directoryDown() {
            UUID customerId = UUID.randomUUID();
            String contact = "/api/v1/customers/" + customerId + "/support-contact";
            stub.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(contact)).atPriority(1)
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
            Api.as(Tokens.customer(customerId)).body(ProblemReports.newReport("x")).post(ProblemReports.PATH).then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                    .body("type", containsString("/dependency-unavailable"));
            stub.verify(2, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(contact)));
            assertThat(Api.allIds(Tokens.customer(customerId), ProblemReports.PATH)).isEmpty();
        }

        @Test
        @DisplayName("an Idempotency-Key replays the first report instead of filing a second")
        void idempotent() {
            UUID customerId = customer();
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = ProblemReports.newReport("Retried " + key);
            String first = Api.as(Tokens.customer(customerId)).header("Idempotency-Key", key).body(body)
                    .post(ProblemReports.PATH).then().statusCode(201).extract().path("id");
            String second = Api.as(Tokens.customer(customerId)).header("Idempotency-Key", key).body(body)
                    .post(ProblemReports.PATH).then().statusCode(201).extract().path("id");
            assertThat(second).isEqualTo(first);
            assertThat(Api.allIds(Tokens.customer(customerId), ProblemReports.PATH)).containsOnlyOnce(first);
        }
    }

    @Nested
    @DisplayName("lists")
    class Lists {

        @Test
        @DisplayName("a customer lists its own, a partner its customers', another partner none, operators all; filters apply")
        void scoped() {
            UUID tailspin = customer();
            UUID other = customer();
            UUID mine = ProblemReports.report(tailspin);
            UUID theirs = ProblemReports.report(other);
            assertThat(Api.allIds(Tokens.customer(tailspin), ProblemReports.PATH)).containsExactly(mine.toString());
            assertThat(Api.allIds(PARTNER, ProblemReports.PATH, r -> r.queryParam("customerId", tailspin)))
                    .containsExactly(mine.toString());
            assertThat(Api.allIds(Tokens.partner("fabrikam"), ProblemReports.PATH))
                    .doesNotContain(mine.toString(), theirs.toString());
            assertThat(Api.allIds(Tokens.operator(), ProblemReports.PATH, r -> r.queryParam("customerId", other)))
                    .containsExactly(theirs.toString());
            ProblemReports.patch(PARTNER, mine, Map.of("status", "inProgress")).then().statusCode(200);
            assertThat(Api.allIds(PARTNER, ProblemReports.PATH,
                    r -> r.queryParam("customerId", tailspin).queryParam("status", "inProgress")))
                    .containsExactly(mine.toString());
            assertThat(Api.allIds(PARTNER, ProblemReports.PATH,
                    r -> r.queryParam("customerId", tailspin).queryParam("status", "new"))).isEmpty();
            String createdAt = Api.as(PARTNER).get(ProblemReports.path(mine)).path("createdAt");
            assertThat(Api.allIds(PARTNER, ProblemReports.PATH,
                    r -> r.queryParam("customerId", tailspin).queryParam("createdAfter", createdAt))).isEmpty();
            assertThat(Api.allIds(PARTNER, ProblemReports.PATH, r -> r.queryParam("customerId", tailspin)
                    .queryParam("createdAfter", Instant.parse(createdAt).minusSeconds(1).toString())))
                    .containsExactly(mine.toString());
        }

        @Test
        @DisplayName("a wrong filter is 400 naming it")
        void badFilter() {
            Api.as(PARTNER).queryParam("status", "in_progress").get(ProblemReports.PATH).then().statusCode(400)
                    .body("violations[0].field", equalTo("status"));
            Api.as(PARTNER).queryParam("createdAfter", "yesterday").get(ProblemReports.PATH).then().statusCode(400)
                    .body("violations[0].field", equalTo("createdAfter"));
        }
    }

    @Nested
    @DisplayName("lifecycle")
    class Lifecycle {

        @Test
        @DisplayName("taken, resolved, reopened by the customer, resolved again, confirmed: each step answered and timed")
        void fullCycle() {
            UUID customerId = customer();
            String customer = Tokens.customer(customerId);
            UUID id = ProblemReports.report(customerId);
            ProblemReports.patch(PARTNER, id, Map.of("status", "inProgress")).then().statusCode(200)
                    .body("status", equalTo("inProgress")).body("partnerRespondedAt", notNullValue());
            ProblemReports.resolve(PARTNER, id, "Mailbox quota raised to 100 GB.").then().statusCode(200)
                    .body("status", equalTo("resolved")).body("resolution", equalTo("Mailbox quota raised to 100 GB."))
                    .body("resolvedAt", notNullValue());
            ProblemReports.patch(customer, id, Map.of("status", "inProgress")).then().statusCode(200)
                    .body("status", equalTo("inProgress")).body("resolvedAt", nullValue())
                    .body("resolution", nullValue());
            ProblemReports.resolve(PARTNER, id, "Archive policy applied.").then().statusCode(200);
            ProblemReports.patch(customer, id, Map.of("status", "closed")).then().statusCode(200)
                    .body("status", equalTo("closed")).body("closedAt", notNullValue());
            ProblemReports.patch(customer, id, Map.of("status", "inProgress")).then().statusCode(409)
                    .body("type", containsString("problem-report-closed"));
            List<String> timeline = Api.allItems(customer, ProblemReports.path(id) + "/timeline").stream()
                    .map(e -> e.get("detail").toString()).toList();
            assertThat(timeline).contains("new → inProgress", "resolved → inProgress (reopened)",
                    "resolved → closed");
        }

        @Test
        @DisplayName("the customer edits only while new; a partner edit is 403; resolved and escalated need their actions")
        void editsAndActions() {
            UUID customerId = customer();
            UUID id = ProblemReports.report(customerId);
            String customer = Tokens.customer(customerId);
            ProblemReports.patch(customer, id, Map.of("impact", "allUsers", "title", "Nobody can send")).then()
                    .statusCode(200).body("impact", equalTo("allUsers")).body("title", equalTo("Nobody can send"));
            ProblemReports.patch(PARTNER, id, Map.of("title", "Mine now")).then().statusCode(403)
                    .body("type", containsString("customer-only"));
            ProblemReports.patch(PARTNER, id, Map.of("status", "resolved")).then().statusCode(400)
                    .body("violations[0].message", containsString("…/resolve"));
            ProblemReports.patch(customer, id, Map.of("status", "inProgress")).then().statusCode(409)
                    .body("detail", containsString("Allowed next statuses: closed"));
            ProblemReports.patch(PARTNER, id, Map.of("status", "inProgress")).then().statusCode(200);
            ProblemReports.patch(customer, id, Map.of("title", "Too late")).then().statusCode(409)
                    .body("type", containsString("problem-report-not-editable"));
            ProblemReports.resolve(customer, id, "Fixed it myself").then().statusCode(403)
                    .body("type", containsString("partner-only"));
        }

        @Test
        @DisplayName("writes need the current ETag: none is 428, a stale one 412")
        void ifMatch() {
            UUID id = ProblemReports.report(customer());
            String stale = ProblemReports.etag(PARTNER, id);
            Api.as(PARTNER).body(Map.of("status", "inProgress")).patch(ProblemReports.path(id)).then()
                    .statusCode(428);
            ProblemReports.patch(PARTNER, id, Map.of("status", "inProgress")).then().statusCode(200);
            Api.as(PARTNER).header("If-Match", stale).body(Map.of("resolution", "x"))
                    .post(ProblemReports.path(id) + "/resolve").then().statusCode(412);
        }
    }

    @Nested
    @DisplayName("escalation")
    class Escalation {

        @Test
        @DisplayName("escalating files a support request with the report's text and triage, linked both ways")
        void escalates() {
            UUID customerId = customer();
            UUID id = ProblemReports.report(customerId);
            Response escalated = ProblemReports.escalate(PARTNER, id,
                    ProblemReports.escalation(Fixtures.EXCHANGE_ONLINE));
            escalated.then().statusCode(200).body("status", equalTo("escalated"))
                    .body("escalation.number", matchesPattern("SR-\\d{6}"))
                    .body("escalation.status", equalTo("open")).body("escalation.severity", equalTo("B"))
                    .body("escalation.firstResponseDueAt", notNullValue())
                    .body("escalation.slaBreached", equalTo(false))
                    .body("partnerRespondedAt", notNullValue());
            String requestId = escalated.path("escalation.supportRequestId");
            assertThat(escalated.header("Location")).endsWith("/api/v1/support-requests/" + requestId);
            String number = escalated.path("number");
            Api.as(ENGINEER).get("/api/v1/support-requests/" + requestId).then().statusCode(200)
                    .body("problemReportId", equalTo(id.toString()))
                    .body("title", equalTo("Outlook cannot send " + customerId))
                    .body("description", containsString("Problem report " + number + " from Test Co: impact someUsers"))
                    .body("description", containsString("Every message sent from Outlook stays in the outbox"))
                    .body("triage.stepsTaken", containsString("Cleared the Outlook cache"))
                    .body("triage.customerImpact", equalTo("Some users affected, as the customer reports."))
                    .body("contact.email", equalTo("zhang.min@tailspin.example"));
            ProblemReports.escalate(PARTNER, id, ProblemReports.escalation(Fixtures.EXCHANGE_ONLINE)).then()
                    .statusCode(409).body("detail", containsString(escalated.path("escalation.number").toString()));
        }

        @Test
        @DisplayName("an unknown topic is 422 and changes nothing: no support request, the report still new")
        void unknownTopicChangesNothing() {
            UUID customerId = customer();
            UUID id = ProblemReports.report(customerId);
            ProblemReports.escalate(PARTNER, id, ProblemReports.escalation(UUID.randomUUID())).then().statusCode(422)
                    .body("violations[0].field", equalTo("topicId"));
            Api.as(PARTNER).get(ProblemReports.path(id)).then().statusCode(200).body("status", equalTo("new"))
                    .body("escalation", nullValue()).body("partnerRespondedAt", nullValue());
            assertThat(Api.allIds(PARTNER, "/api/v1/support-requests", r -> r.queryParam("customerId", customerId)))
                    .isEmpty();
        }

        @Test
        @DisplayName("escalating needs triage, as any support request; the customer and another partner cannot")
        void refused() {
            UUID customerId = customer();
            UUID id = ProblemReports.report(customerId);
            ProblemReports.escalate(PARTNER, id, Map.of("topicId", Fixtures.EXCHANGE_ONLINE.toString(), "severity",
                    "B", "triage", Map.of("stepsTaken", " "))).then().statusCode(400)
                    .body("violations[0].field", equalTo("triage.stepsTaken"));
            ProblemReports.escalate(Tokens.customer(customerId), id,
                    ProblemReports.escalation(Fixtures.EXCHANGE_ONLINE)).then().statusCode(403);
            Api.as(Tokens.partner("fabrikam")).header("If-Match", "\"0\"")
                    .body(ProblemReports.escalation(Fixtures.EXCHANGE_ONLINE))
                    .post(ProblemReports.path(id) + "/escalate").then().statusCode(404);
        }

        @Test
        @DisplayName("21Vianet's shared notes show on the customer's report; internal ones and the partner's internal notes do not")
        void notes() {
            UUID customerId = customer();
            String customer = Tokens.customer(customerId);
            UUID id = ProblemReports.report(customerId);
            String requestId = ProblemReports.escalate(PARTNER, id,
                    ProblemReports.escalation(Fixtures.EXCHANGE_ONLINE)).path("escalation.supportRequestId");
            String requestNotes = "/api/v1/support-requests/" + requestId + "/notes";
            Api.as(ENGINEER).body(Map.of("text", "Engineers see a transport rule loop; fix rolling out."))
                    .post(requestNotes).then().statusCode(201);
            Api.as(ENGINEER).body(Map.of("text", "Internal: tenant on ring 2", "visibility", "internal"))
                    .post(requestNotes).then().statusCode(201);
            Api.as(PARTNER).body(Map.of("text", "Partner-only: customer is on the old plan", "visibility",
                    "internal")).post(ProblemReports.path(id) + "/notes").then().statusCode(201);
            Api.as(customer).body(Map.of("text", "Still failing at 14:00.")).post(ProblemReports.path(id) + "/notes")
                    .then().statusCode(201).body("authorRole", equalTo("customer"));

            List<Map<String, Object>> seenByCustomer = Api.allItems(customer, ProblemReports.path(id) + "/notes");
            assertThat(seenByCustomer).extracting(n -> n.get("text")).containsExactly(
                    "Engineers see a transport rule loop; fix rolling out.", "Still failing at 14:00.");
            assertThat(seenByCustomer.get(0)).containsEntry("authorRole", "support-engineer")
                    .containsKey("supportRequestNoteId");
            assertThat(seenByCustomer.get(0).get("supportRequestNoteId")).isNotNull();
            assertThat(Api.allItems(PARTNER, ProblemReports.path(id) + "/notes")).extracting(n -> n.get("text"))
                    .contains("Partner-only: customer is on the old plan");
            assertThat(Api.allItems(customer, ProblemReports.path(id) + "/timeline"))
                    .extracting(e -> e.get("detail").toString()).noneMatch(d -> d.startsWith("Internal note"));
            Api.as(customer).body(Map.of("text", "x", "visibility", "internal"))
                    .post(ProblemReports.path(id) + "/notes").then().statusCode(403)
                    .body("type", containsString("internal-note-partners-only"));
        }
    }

    @Test
    @DisplayName("the outbox carries created, updated, escalated, note-added and resolved, naming the report")
    void events() {
        UUID customerId = customer();
        UUID id = ProblemReports.report(customerId);
        ProblemReports.patch(PARTNER, id, Map.of("status", "inProgress")).then().statusCode(200);
        Api.as(PARTNER).body(Map.of("text", "Looking into it")).post(ProblemReports.path(id) + "/notes").then()
                .statusCode(201);
        Api.as(PARTNER).body(Map.of("text", "secret", "visibility", "internal")).post(ProblemReports.path(id)
                + "/notes").then().statusCode(201);
        ProblemReports.escalate(PARTNER, id, ProblemReports.escalation(Fixtures.EXCHANGE_ONLINE)).then()
                .statusCode(200);
        ProblemReports.resolve(PARTNER, id, "21Vianet fixed the transport rule.").then().statusCode(200);
        List<OutboxRows.Row> rows = OutboxRows.about(dataSource, "problem-report", id);
        assertThat(rows).extracting(OutboxRows.Row::type).containsExactly("problem-report.created",
                "problem-report.updated", "problem-report.note-added", "problem-report.escalated",
                "problem-report.resolved");
        OutboxRows.Row created = rows.get(0);
        assertThat(created.event().path("tenantId").asText()).isEqualTo(customerId.toString());
        assertThat(created.event().path("partnerId").asText()).isEqualTo("contoso");
        assertThat(created.event().path("data").path("number").asText()).matches("PR-\\d{6}");
        assertThat(created.event().path("data").path("customerName").asText()).isEqualTo("Test Co");
        assertThat(created.event().path("data").path("partnerResponseDueAt").asText()).isNotEmpty();
        assertThat(rows.get(3).event().path("data").path("supportRequestNumber").asText()).matches("SR-\\d{6}");
        assertThat(rows.get(4).event().path("data").path("resolution").asText())
                .isEqualTo("21Vianet fixed the transport rule.");
    }

    @Nested
    @DisplayName("hostile input and races")
    class Hostile {

        @Test
        @DisplayName("a control character, a 201-character title, a number for impact, year 0 and an array for contact are each 400 naming the field; nothing is filed")
        void hostileBodies() {
            UUID customerId = customer();
            String customer = Tokens.customer(customerId);
            Map<String, Object> control = ProblemReports.newReport("bad\u0000title");
            Map<String, Object> longTitle = ProblemReports.newReport("T".repeat(201));
            Map<String, Object> numberImpact = ProblemReports.newReport("x");
            numberImpact.put("impact", 3);
            Map<String, Object> yearZero = ProblemReports.newReport("x");
            yearZero.put("occurredAt", "0000-01-01T00:00:00Z");
            Map<String, Object> arrayContact = ProblemReports.newReport("x");
            arrayContact.put("contact", List.of("Zhang Min"));
            Map<String, Map<String, Object>> bodies = Map.of("title", control, "title ", longTitle, "impact",
                    numberImpact, "occurredAt", yearZero, "contact", arrayContact);
            bodies.forEach((field, body) -> Api.as(customer).body(body).post(ProblemReports.PATH).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(field.trim())));
            assertThat(Api.allIds(customer, ProblemReports.PATH)).isEmpty();
            UUID id = ProblemReports.report(customerId);
            Api.as(customer).body(Map.of("text", "N".repeat(10001))).post(ProblemReports.path(id) + "/notes").then()
                    .statusCode(400).body("violations[0].field", equalTo("text"));
            Api.as(PARTNER).header("If-Match", ProblemReports.etag(PARTNER, id)).body(Map.of("resolution", " "))
                    .post(ProblemReports.path(id) + "/resolve").then().statusCode(400)
                    .body("violations[0].field", equalTo("resolution"));
            Api.as(customer).get(ProblemReports.PATH + "/not-a-uuid").then().statusCode(404);
        }

        @Test
        @DisplayName("an escalation racing another write of the report waits for it, then answers 412: no support request is filed")
        void escalationRace() throws Exception {
            UUID customerId = customer();
            UUID id = ProblemReports.report(customerId);
            String etag = ProblemReports.etag(PARTNER, id);
            try (io.partnerdesk.testing.HeldWrite other = io.partnerdesk.testing.HeldWrite.begin(dataSource,
                    "update problem_reports set version = version + 1 where id = ?", id)) {
                java.util.concurrent.CompletableFuture<Response> escalate = java.util.concurrent.CompletableFuture
                        .supplyAsync(() -> Api.as(PARTNER).header("If-Match", etag)
                                .body(ProblemReports.escalation(Fixtures.EXCHANGE_ONLINE))
                                .post(ProblemReports.path(id) + "/escalate"));
                other.awaitBlockedWriter(Duration.ofSeconds(15));
                other.commit();
                escalate.join().then().statusCode(412);
            }
            assertThat(Api.allIds(PARTNER, "/api/v1/support-requests", r -> r.queryParam("customerId", customerId)))
                    .isEmpty();
            Api.as(PARTNER).get(ProblemReports.path(id)).then().body("status", equalTo("new"));
        }
    }
}
