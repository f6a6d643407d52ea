package io.partnerdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Customer self-support, end to end through the gateway with real Keycloak tokens: Tailspin reports a problem to its
 * partner contoso, contoso is notified and escalates it to 21Vianet, the engineer reads the report's text and triage
 * on the support request, and the engineer's shared note shows on Tailspin's report; Wingtip and fabrikam see none of
 * it. (That a customer's subscription PATCH names contoso's support contact is step 2 of {@link PartnerStoryTest}.)
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProblemReportStoryTest {

    private LocalSuite suite;
    private String contoso;
    private String tailspin;
    private String fabrikam;
    private String wingtip;
    private String engineer;

    /** Unique per run, so that a rerun on a suite that kept its data finds only its own report. */
    private final String title = "Outlook cannot send mail " + UUID.randomUUID().toString().substring(0, 8);
    private String reportId;
    private String supportRequestId;

    @BeforeAll
    void startSuite(LocalSuite shared) {
        suite = shared;
        KeycloakTokens tokens = new KeycloakTokens(suite.issuer());
        contoso = tokens.user("contoso-admin");
        tailspin = tokens.user("tailspin-admin");
        fabrikam = tokens.user("fabrikam-admin");
        wingtip = tokens.user("wingtip-admin");
        engineer = tokens.user("vianet-engineer");
    }

    private RequestSpecification as(String token) {
        return Fixtures.viaGateway(suite, token);
    }

    private String report() {
        return "/api/v1/problem-reports/" + reportId;
    }

    @Test
    @Order(1)
    @DisplayName("Tailspin reports a problem; it goes to contoso with a response due in contoso's published hours")
    void customerReports() {
        as(tailspin).get("/api/v1/me").then().statusCode(200).body("capabilities", hasItem("problem-reports:create"));
        reportId = as(tailspin).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("title", title, "description",
                        "Since 08:30 every message sent from Outlook stays in the outbox; the web client too.",
                        "serviceName", "Exchange Online", "impact", "allUsers", "contact",
                        Map.of("name", "Zhang Min", "email", "zhang.min@tailspin.example")))
                .post("/api/v1/problem-reports").then().statusCode(201)
                .body("partnerId", equalTo("contoso"))
                .body("customerName", equalTo("Tailspin Toys"))
                .body("number", matchesPattern("PR-\\d{6}"))
                .body("status", equalTo("new"))
                .body("partnerResponseDueAt", notNullValue())
                .extract().path("id");
    }

    @Test
    @Order(2)
    @DisplayName("contoso sees the report and is notified of it; Wingtip and fabrikam see nothing")
    void partnerSeesAndIsNotified() {
        as(contoso).queryParam("status", "new").queryParam("limit", 200).get("/api/v1/problem-reports").then()
                .statusCode(200).body("items.id", hasItem(reportId));
        Outboxes.awaitDrained(suite, Duration.ofSeconds(30));
        as(contoso).queryParam("subjectType", "problem-report").queryParam("subjectId", reportId)
                .get("/api/v1/messages").then().statusCode(200)
                .body("items[0].title", containsString("from Tailspin Toys"))
                .body("items[0].body", containsString(title))
                .body("items[0].links.subject", equalTo("/api/v1/problem-reports/" + reportId));
        for (String outsider : List.of(wingtip, fabrikam)) {
            as(outsider).get(report()).then().statusCode(404);
            as(outsider).queryParam("limit", 200).get("/api/v1/problem-reports").then().statusCode(200)
                    .body("items.id", not(hasItem(reportId)));
            as(outsider).queryParam("subjectId", reportId).get("/api/v1/messages").then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.empty());
        }
    }

    @Test
    @Order(3)
    @DisplayName("contoso escalates; the engineer reads the report's text and triage on the linked support request")
    void partnerEscalates() {
        String etag = as(contoso).get(report()).then().statusCode(200).extract().header("ETag");
        var escalated = as(contoso).header("If-Match", etag).body(Map.of("topicId", Fixtures.EXCHANGE_ONLINE_TOPIC,
                "severity", "B", "triage", Map.of("stepsTaken",
                        "Reset the Outlook profile; checked the mailbox quota and the transport rules.")))
                .post(report() + "/escalate").then().statusCode(200).body("status", equalTo("escalated"))
                .body("escalation.number", matchesPattern("SR-\\d{6}")).body("partnerRespondedAt", notNullValue())
                .extract();
        supportRequestId = escalated.path("escalation.supportRequestId");
        as(engineer).get("/api/v1/support-requests/" + supportRequestId).then().statusCode(200)
                .body("problemReportId", equalTo(reportId))
                .body("title", equalTo(title))
                .body("description", containsString("every message sent from Outlook stays in the outbox"))
                .body("description", containsString("from Tailspin Toys: impact allUsers, service Exchange Online"))
                .body("triage.stepsTaken", containsString("Reset the Outlook profile"))
                .body("triage.customerImpact", containsString("All of the customer's users"));
    }

    @Test
    @Order(4)
    @DisplayName("the engineer's shared note shows on Tailspin's report, the internal one does not; Tailspin is told of the escalation")
    void engineerAnswerReachesCustomer() {
        String notes = "/api/v1/support-requests/" + supportRequestId + "/notes";
        as(engineer).body(Map.of("text", "A transport rule loop held the mail; the fix is rolling out now."))
                .post(notes).then().statusCode(201);
        as(engineer).body(Map.of("text", "Internal: tenant pinned to ring 2", "visibility", "internal")).post(notes)
                .then().statusCode(201);
        List<String> seen = as(tailspin).get(report() + "/notes").then().statusCode(200).extract()
                .path("items.text");
        assertThat(seen).contains("A transport rule loop held the mail; the fix is rolling out now.")
                .noneMatch(text -> text.contains("ring 2"));
        as(tailspin).get(report()).then().statusCode(200).body("status", equalTo("escalated"))
                .body("escalation.status", equalTo("open"))
                .body("escalation.firstResponseDueAt", notNullValue())
                .body("escalation.slaBreached", equalTo(false));
        Outboxes.awaitDrained(suite, Duration.ofSeconds(30));
        as(tailspin).queryParam("subjectType", "problem-report").queryParam("subjectId", reportId)
                .get("/api/v1/messages").then().statusCode(200)
                .body("items.title", hasItem(containsString("escalated to 21Vianet")));
        as(wingtip).get(report() + "/notes").then().statusCode(404);
        as(fabrikam).get("/api/v1/support-requests/" + supportRequestId).then().statusCode(404);
    }
}
