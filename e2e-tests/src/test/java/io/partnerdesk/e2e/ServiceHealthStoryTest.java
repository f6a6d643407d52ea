package io.partnerdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.partnerdesk.localstack.LocalSuite;
import io.restassured.specification.RequestSpecification;

/**
 * Service health that prevents duplicate escalations, end to end through the gateway with real Keycloak tokens: the
 * operator opens an Exchange Online incident, contoso files a support request on the Exchange topic and is told of
 * it, links the request to it, and when the operator resolves the incident the resolution travels messagecenter's
 * outbox → support-service (a shared note on the request) → support's outbox → the Message Center (contoso notified).
 * Then the operator schedules maintenance: Tailspin (contoso's) acknowledges its announcement, contoso sees that and
 * none of fabrikam's tenants, fabrikam sees Wingtip not yet acknowledged, and Wingtip alone is reminded.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceHealthStoryTest {

    private LocalSuite suite;
    private String contoso;
    private String fabrikam;
    private String tailspin;
    private String wingtip;
    private String engineer;
    private String operator;

    private String incidentId;
    private String supportRequestId;
    private String announcementId;

    @BeforeAll
    void startSuite(LocalSuite shared) {
        suite = shared;
        KeycloakTokens tokens = new KeycloakTokens(suite.issuer());
        contoso = tokens.user("contoso-admin");
        fabrikam = tokens.user("fabrikam-admin");
        tailspin = tokens.user("tailspin-admin");
        wingtip = tokens.user("wingtip-admin");
        engineer = tokens.user("vianet-engineer");
        operator = tokens.user("vianet-operator");
    }

    private RequestSpecification as(String token) {
        return Fixtures.viaGateway(suite, token);
    }

    private String incident() {
        return "/api/v1/service-health/issues/" + incidentId;
    }

    @Test
    @Order(1)
    @DisplayName("contoso files a request on the Exchange topic while an Exchange Online incident is open, and is told of it")
    void toldOfTheOpenIncident() {
        incidentId = as(operator).body(Map.of("service", "Exchange Online", "title",
                "Outbound mail queued in Shanghai " + UUID.randomUUID().toString().substring(0, 8),
                "impactDescription", "Mail sent from Outlook stays in the outbox.", "classification", "incident"))
                .post("/api/v1/service-health/issues").then().statusCode(201).extract().path("id");
        var filed = as(contoso).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("customerId", Fixtures.TAILSPIN, "topicId", Fixtures.EXCHANGE_ONLINE_TOPIC, "title",
                        "Outbound mail stuck", "description", "Since 08:30 no external mail leaves the tenant.",
                        "severity", "B", "contact", Map.of("name", "Li Wei", "email", "li.wei@contoso.example"),
                        "triage", Map.of("stepsTaken", "Checked the connectors and the message trace.")))
                .post("/api/v1/support-requests").then().statusCode(201)
                .body("relatedHealthIssues.availability", equalTo("available"))
                .body("relatedHealthIssues.issues.id", hasItem(incidentId))
                .body("relatedHealthIssues.issues.service", hasItem("Exchange Online"))
                .extract();
        supportRequestId = filed.path("id");
    }

    @Test
    @Order(2)
    @DisplayName("contoso links the request to the incident; the engineer sees it among the incident's requests, fabrikam none of contoso's")
    void linksTheRequest() {
        as(contoso).body(Map.of("healthIssueId", incidentId))
                .post("/api/v1/support-requests/" + supportRequestId + "/health-issues").then().statusCode(201)
                .body("service", equalTo("Exchange Online"));
        as(engineer).get(incident() + "/support-requests").then().statusCode(200)
                .body("count", greaterThanOrEqualTo(1)).body("items.supportRequestId", hasItem(supportRequestId));
        as(contoso).get(incident() + "/support-requests").then().statusCode(200).body("count", equalTo(1));
        as(fabrikam).get(incident() + "/support-requests").then().statusCode(200).body("count", equalTo(0));
        as(tailspin).get(incident() + "/support-requests").then().statusCode(403);
    }

    @Test
    @Order(3)
    @DisplayName("the operator resolves the incident: the request carries the shared note and contoso is notified")
    void resolutionReachesTheRequest() {
        String etag = as(operator).get(incident()).then().statusCode(200).extract().header("ETag");
        as(operator).header("If-Match", etag).body(Map.of("text", "A certificate rollover broke the outbound "
                + "connector; it has been renewed and queued mail is flowing.", "status", "serviceRestored"))
                .post(incident() + "/posts").then().statusCode(201);
        Outboxes.awaitDrained(suite, Duration.ofSeconds(30));

        String expected = "Exchange Online incident " + incidentId + " resolved: A certificate rollover broke the "
                + "outbound connector; it has been renewed and queued mail is flowing.";
        List<String> notes = as(tailspin).get("/api/v1/support-requests/" + supportRequestId + "/notes").then()
                .statusCode(200).extract().path("items.text");
        assertThat(notes).contains(expected);
        as(contoso).get("/api/v1/support-requests/" + supportRequestId + "/health-issues").then().statusCode(200)
                .body("items[0].resolutionNotedAt", org.hamcrest.Matchers.notNullValue());
        as(contoso).queryParam("subjectType", "support-request").queryParam("subjectId", supportRequestId)
                .get("/api/v1/messages").then().statusCode(200)
                .body("items.title", hasItem(containsString("Exchange Online incident resolved")));
        as(fabrikam).queryParam("subjectId", supportRequestId).get("/api/v1/messages").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    @Order(4)
    @DisplayName("the operator schedules maintenance; Tailspin sees its announcement and acknowledges it for its organisation")
    void tenantAcknowledges() {
        // The reminder is due 3 days before the start: the window opens just outside that, so Tailspin acknowledges
        // before the reminder job (every 5 s in the local stack) could pick either tenant.
        Instant start = Instant.now().plus(Duration.ofDays(3)).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        announcementId = as(operator).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("service", "Exchange Online", "title", "Mailbox database upgrade "
                        + UUID.randomUUID().toString().substring(0, 8), "description",
                        "Mailboxes move to new database servers.", "impact", "Outlook may reconnect once.",
                        "startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(2)).toString()))
                .post("/api/v1/service-health/maintenances").then().statusCode(201).extract().path("messageId");
        as(tailspin).queryParam("acknowledged", false).queryParam("limit", 200).get("/api/v1/messages").then()
                .statusCode(200).body("items.id", hasItem(announcementId));
        as(tailspin).body(Map.of("note", "Our admins will tell the staff."))
                .post("/api/v1/messages/" + announcementId + "/acknowledgement").then().statusCode(201);
        as(tailspin).body(Map.of()).post("/api/v1/messages/" + announcementId + "/acknowledgement").then()
                .statusCode(200).body("note", equalTo("Our admins will tell the staff."));
        as(tailspin).queryParam("acknowledged", true).queryParam("limit", 200).get("/api/v1/messages").then()
                .statusCode(200).body("items.id", hasItem(announcementId));
    }

    @Test
    @Order(5)
    @DisplayName("contoso sees Tailspin acknowledged and none of fabrikam's tenants; fabrikam sees Wingtip not yet")
    void partnersSeeTheirOwn() {
        var contosos = as(contoso).get("/api/v1/messages/" + announcementId + "/acknowledgements").then()
                .statusCode(200).body("acknowledged.tenantId", hasItem(Fixtures.TAILSPIN))
                .body("acknowledged.customerName", hasItem("Tailspin Toys")).extract();
        List<String> contosoTenants = new java.util.ArrayList<>(contosos.path("acknowledged.tenantId"));
        contosoTenants.addAll(contosos.path("notAcknowledged.tenantId"));
        assertThat(contosoTenants).doesNotContain(Fixtures.WINGTIP);
        as(fabrikam).get("/api/v1/messages/" + announcementId + "/acknowledgements").then().statusCode(200)
                .body("notAcknowledged.tenantId", hasItem(Fixtures.WINGTIP))
                .body("acknowledged.tenantId", org.hamcrest.Matchers.not(hasItem(Fixtures.TAILSPIN)));
    }

    @Test
    @Order(6)
    @DisplayName("as the date nears, Wingtip is reminded to acknowledge and Tailspin is not")
    void wingtipIsReminded() {
        Awaitility.await("Wingtip's reminder").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !reminders(wingtip).isEmpty());
        assertThat(reminders(wingtip)).singleElement()
                .satisfies(title -> assertThat(title).startsWith("Action required by "));
        assertThat(reminders(tailspin)).isEmpty();
    }

    private List<String> reminders(String token) {
        return as(token).queryParam("subjectType", "message").queryParam("subjectId", announcementId)
                .get("/api/v1/messages").then().statusCode(200).extract().path("items.title");
    }
}
