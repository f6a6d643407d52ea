package io.partnerdesk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.OutboxRows;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Support requests and the Message Center's health issues: what a new request is told of, links, the requests of an
 * issue, and the resolution noted on them through messagecenter-service's event.
 */
@QuarkusTest
class HealthIssueLinksTest {

    private static final String CONTOSO = Tokens.partner("contoso");
    private static final String FABRIKAM = Tokens.partner("fabrikam");
    private static final String ENGINEER = Tokens.engineer();
    private static final String EVENTS = "/internal/v1/events";

    @SubscriptionsServiceStub.InjectStub
    WireMockServer subscriptions;

    @MessageCenterStub.InjectStub
    WireMockServer health;

    @Inject
    DataSource dataSource;

    /** A topic of its own whose requests depend on a service of its own: other tests' issues never show. */
    private record ServiceTopic(UUID topicId, String service) {
    }

    private static ServiceTopic serviceTopic() {
        String service = "Service " + UUID.randomUUID();
        UUID topic = UUID.fromString(Api.as(Tokens.operator()).body(Map.of("name", "Topic " + UUID.randomUUID(),
                "description", "A topic of one test", "healthService", service)).post("/api/v1/support-topics")
                .then().statusCode(201).body("healthService", equalTo(service)).extract().path("id"));
        return new ServiceTopic(topic, service);
    }

    private Response file(String token, UUID customerId, UUID topicId) {
        Map<String, Object> body = Fixtures.newRequest(customerId, "B");
        body.put("topicId", topicId.toString());
        return Api.as(token).body(body).post("/api/v1/support-requests");
    }

    private UUID request(String partnerId) {
        UUID customerId = Fixtures.customerOf(subscriptions, partnerId);
        return UUID.fromString(file(Tokens.partner(partnerId), customerId, Fixtures.EXCHANGE_ONLINE).then()
                .statusCode(201).extract().path("id"));
    }

    private static Response link(String token, UUID requestId, UUID issueId) {
        return Api.as(token).body(Map.of("healthIssueId", issueId.toString()))
                .post(Fixtures.path(requestId) + "/health-issues");
    }

    /** messagecenter-service failing every service-health read until the returned stub is removed. */
    private StubMapping messageCenterFails() {
        return health.stubFor(get(urlPathMatching("/api/v1/service-health/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
    }

    @Test
    @DisplayName("a new request is told of the open issues of its topic's service, not resolved ones nor other services'")
    void relatedOnFiling() {
        ServiceTopic topic = serviceTopic();
        UUID first = MessageCenterStub.openIssue(health, topic.service(), "Mail delayed");
        UUID second = MessageCenterStub.openIssue(health, topic.service(), "Calendar sharing fails");
        UUID resolved = MessageCenterStub.openIssue(health, topic.service(), "Old incident");
        MessageCenterStub.resolve(health, resolved);
        MessageCenterStub.openIssue(health, "Another " + topic.service(), "Not this one");
        UUID customerId = Fixtures.customerOf(subscriptions, "contoso");

        Response filed = file(CONTOSO, customerId, topic.topicId());
        filed.then().statusCode(201).body("relatedHealthIssues.availability", equalTo("available"))
                .body("relatedHealthIssues.issues", hasSize(2))
                .body("relatedHealthIssues.issues[0].id", equalTo(first.toString()))
                .body("relatedHealthIssues.issues[0].service", equalTo(topic.service()))
                .body("relatedHealthIssues.issues[0].title", equalTo("Mail delayed"))
                .body("relatedHealthIssues.issues[0].status", equalTo("serviceDegradation"))
                .body("relatedHealthIssues.issues[1].id", equalTo(second.toString()));
        // Only the answer that files it: a read does not ask the Message Center again.
        Api.as(CONTOSO).get(filed.header("Location")).then().statusCode(200).body("relatedHealthIssues", nullValue());
    }

    @Test
    @DisplayName("a topic without a service is told of nothing; a Message Center that fails makes it unavailable, and the request is filed")
    void relatedUnavailable() {
        UUID customerId = Fixtures.customerOf(subscriptions, "contoso");
        file(CONTOSO, customerId, Fixtures.topic()).then().statusCode(201)
                .body("relatedHealthIssues.availability", equalTo("available"))
                .body("relatedHealthIssues.issues", hasSize(0));

        ServiceTopic topic = serviceTopic();
        MessageCenterStub.openIssue(health, topic.service(), "Mail delayed");
        StubMapping failing = messageCenterFails();
        try {
            Response filed = file(CONTOSO, customerId, topic.topicId());
            filed.then().statusCode(201).body("relatedHealthIssues.availability", equalTo("unavailable"))
                    .body("relatedHealthIssues.issues", hasSize(0));
            Api.as(CONTOSO).get(filed.header("Location")).then().statusCode(200);
        } finally {
            health.removeStub(failing);
        }
    }

    @Test
    @DisplayName("a problem report naming a service of the Message Center is told of its open issues")
    void relatedOnReport() {
        ServiceTopic topic = serviceTopic();
        UUID issue = MessageCenterStub.openIssue(health, topic.service(), "Sign-in fails");
        UUID customerId = Fixtures.customerOf(subscriptions, "contoso");
        Map<String, Object> report = ProblemReports.newReport("Cannot sign in");
        report.put("serviceName", topic.service());
        Api.as(Tokens.customer(customerId)).body(report).post(ProblemReports.PATH).then().statusCode(201)
                .body("relatedHealthIssues.availability", equalTo("available"))
                .body("relatedHealthIssues.issues[0].id", equalTo(issue.toString()));
        report.put("serviceName", "Something the Message Center does not know");
        Api.as(Tokens.customer(customerId)).body(report).post(ProblemReports.PATH).then().statusCode(201)
                .body("relatedHealthIssues.issues", hasSize(0));
    }

    @Test
    @DisplayName("the partner links and unlinks; linking again answers the same link; the timeline keeps both")
    void linkAndUnlink() {
        UUID requestId = request("contoso");
        UUID issue = MessageCenterStub.openIssue(health, "Exchange Online", "Mail delayed in Shanghai");
        Response made = link(CONTOSO, requestId, issue);
        made.then().statusCode(201)
                .header("Location", endsWith("/api/v1/support-requests/" + requestId + "/health-issues/" + issue))
                .body("healthIssueId", equalTo(issue.toString())).body("service", equalTo("Exchange Online"))
                .body("title", equalTo("Mail delayed in Shanghai")).body("resolutionNotedAt", nullValue());
        link(CONTOSO, requestId, issue).then().statusCode(200).body("linkedAt", equalTo(made.path("linkedAt")));
        Api.as(Tokens.customer(customerOf(requestId))).get(Fixtures.path(requestId) + "/health-issues").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].healthIssueId", equalTo(issue.toString()));

        Api.as(ENGINEER).delete(Fixtures.path(requestId) + "/health-issues/" + issue).then().statusCode(204);
        Api.as(CONTOSO).delete(Fixtures.path(requestId) + "/health-issues/" + issue).then().statusCode(404);
        Api.as(CONTOSO).get(Fixtures.path(requestId) + "/health-issues").then().body("items", hasSize(0));
        List<Map<String, Object>> timeline = Api.allItems(CONTOSO, Fixtures.path(requestId) + "/timeline");
        assertThat(timeline).extracting(e -> e.get("type")).contains("health_issue_linked", "health_issue_unlinked");
    }

    @Test
    @DisplayName("an unknown issue is 422 and a failing Message Center 503, each linking nothing; a closed request 409")
    void linkRefused() {
        UUID requestId = request("contoso");
        link(CONTOSO, requestId, UUID.randomUUID()).then().statusCode(422)
                .body("violations[0].field", equalTo("healthIssueId"));
        UUID issue = MessageCenterStub.openIssue(health, "Exchange Online", "Mail delayed");
        StubMapping failing = messageCenterFails();
        try {
            link(CONTOSO, requestId, issue).then().statusCode(503).header("Retry-After", notNullValue())
                    .body("type", endsWith("dependency-unavailable"));
        } finally {
            health.removeStub(failing);
        }
        Api.as(CONTOSO).get(Fixtures.path(requestId) + "/health-issues").then().body("items", hasSize(0));

        Fixtures.patch(CONTOSO, requestId, Map.of("status", "closed")).then().statusCode(200);
        link(CONTOSO, requestId, issue).then().statusCode(409);
    }

    @Test
    @DisplayName("a request links at most 20 issues (409 beyond), and 20 links made at once all count")
    void linksBounded() throws Exception {
        UUID requestId = request("contoso");
        List<UUID> issues = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            issues.add(MessageCenterStub.openIssue(health, "Exchange Online", "Issue " + i));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = pool
                    .invokeAll(issues.stream().map(issue -> (java.util.concurrent.Callable<Integer>) () -> link(
                            CONTOSO, requestId, issue).statusCode()).toList());
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(20);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        Api.as(CONTOSO).get(Fixtures.path(requestId) + "/health-issues").then().body("items", hasSize(20));
    }

    @Test
    @DisplayName("engineers and operators see every request linked to an issue, a partner its own; pages carry the count")
    void requestsOfAnIssue() {
        UUID issue = MessageCenterStub.openIssue(health, "Exchange Online", "Mail delayed");
        UUID contosos = request("contoso");
        UUID fabrikams = request("fabrikam");
        link(CONTOSO, contosos, issue).then().statusCode(201);
        link(FABRIKAM, fabrikams, issue).then().statusCode(201);
        String path = "/api/v1/service-health/issues/" + issue + "/support-requests";

        Api.as(ENGINEER).get(path).then().statusCode(200).body("count", equalTo(2)).body("items", hasSize(2))
                .body("items[0].supportRequestId", equalTo(contosos.toString()))
                .body("items[1].partnerId", equalTo("fabrikam"));
        Response firstPage = Api.as(Tokens.operator()).queryParam("limit", 1).get(path);
        firstPage.then().statusCode(200).body("count", equalTo(2)).body("items", hasSize(1))
                .body("nextCursor", notNullValue());
        Api.as(Tokens.operator()).queryParam("limit", 1).queryParam("cursor", firstPage.path("nextCursor").toString())
                .get(path).then().body("items[0].supportRequestId", equalTo(fabrikams.toString()))
                .body("nextCursor", nullValue());
        Api.as(CONTOSO).get(path).then().statusCode(200).body("count", equalTo(1)).body("items", hasSize(1))
                .body("items[0].supportRequestId", equalTo(contosos.toString()));
        Api.as(Tokens.partner("northwind")).get(path).then().statusCode(200).body("count", equalTo(0));
        Api.as(Tokens.customer(customerOf(contosos))).get(path).then().statusCode(403);
    }

    @Test
    @DisplayName("a resolution event notes the resolution on each open linked request once, notifies its partner, and is idempotent")
    void resolutionNoted() {
        UUID issue = MessageCenterStub.openIssue(health, "Exchange Online", "Mail delayed");
        UUID open = request("contoso");
        UUID resolved = request("fabrikam");
        UUID unlinked = request("contoso");
        link(CONTOSO, open, issue).then().statusCode(201);
        link(FABRIKAM, resolved, issue).then().statusCode(201);
        Fixtures.patch(ENGINEER, resolved, Map.of("status", "in_progress")).then().statusCode(200);
        Fixtures.patch(ENGINEER, resolved, Map.of("status", "resolved")).then().statusCode(200);

        Map<String, Object> event = resolutionEvent(issue, "Mail flow is back to normal.");
        Api.as(Tokens.service()).body(event).post(EVENTS).then().statusCode(201)
                .body("eventId", equalTo(event.get("id"))).body("supportRequestIds", hasSize(1))
                .body("supportRequestIds[0]", equalTo(open.toString()));
        String expected = "Exchange Online incident " + issue + " resolved: Mail flow is back to normal.";
        assertThat(Api.allItems(Tokens.customer(customerOf(open)), Fixtures.path(open) + "/notes"))
                .filteredOn(n -> expected.equals(n.get("text"))).singleElement()
                .satisfies(n -> {
                    assertThat(n.get("author")).isEqualTo("21Vianet service health");
                    assertThat(n.get("visibility")).isEqualTo("shared");
                });
        Api.as(CONTOSO).get(Fixtures.path(open) + "/health-issues").then()
                .body("items[0].resolutionNotedAt", notNullValue());
        assertThat(Api.allItems(ENGINEER, Fixtures.path(resolved) + "/notes")).isEmpty();
        assertThat(Api.allItems(ENGINEER, Fixtures.path(unlinked) + "/notes")).isEmpty();
        assertThat(OutboxRows.about(dataSource, "support-request", open))
                .filteredOn(r -> r.type().equals("support-request.health-issue-resolved")).singleElement()
                .satisfies(r -> {
                    assertThat(r.event().path("partnerId").asText()).isEqualTo("contoso");
                    assertThat(r.event().path("data").path("lastPost").asText()).isEqualTo(
                            "Mail flow is back to normal.");
                    assertThat(r.event().path("data").path("service").asText()).isEqualTo("Exchange Online");
                });

        // A redelivery changes nothing; a second resolution (reopened, resolved again) finds it already noted.
        Api.as(Tokens.service()).body(event).post(EVENTS).then().statusCode(200).body("supportRequestIds",
                hasSize(0));
        Api.as(Tokens.service()).body(resolutionEvent(issue, "Resolved again.")).post(EVENTS).then().statusCode(201)
                .body("supportRequestIds", hasSize(0));
        assertThat(Api.allItems(ENGINEER, Fixtures.path(open) + "/notes")).hasSize(1);
    }

    @Test
    @DisplayName("the intake refuses other events (422), incomplete ones without claiming their id, and every caller but the service role")
    void intakeRefuses() {
        UUID issue = MessageCenterStub.openIssue(health, "Exchange Online", "Mail delayed");
        UUID requestId = request("contoso");
        link(CONTOSO, requestId, issue).then().statusCode(201);
        Map<String, Object> other = resolutionEvent(issue, "x");
        other.put("type", "subscription.changed");
        Api.as(Tokens.service()).body(other).post(EVENTS).then().statusCode(422)
                .body("violations[0].field", equalTo("type"));

        Map<String, Object> incomplete = resolutionEvent(issue, "Mail flow is back.");
        Map<String, Object> withoutPost = new HashMap<>(castData(incomplete));
        withoutPost.remove("lastPost");
        incomplete.put("data", withoutPost);
        Api.as(Tokens.service()).body(incomplete).post(EVENTS).then().statusCode(422)
                .body("violations[0].field", equalTo("data.lastPost"));
        Map<String, Object> otherSubject = resolutionEvent(issue, "x");
        otherSubject.put("subject", Map.of("kind", "subscription", "id", issue.toString()));
        Api.as(Tokens.service()).body(otherSubject).post(EVENTS).then().statusCode(422)
                .body("violations[0].field", equalTo("subject.kind"));
        Map<String, Object> notAnIssue = resolutionEvent(issue, "x");
        notAnIssue.put("subject", Map.of("kind", "health-issue", "id", "not-a-uuid"));
        Api.as(Tokens.service()).body(notAnIssue).post(EVENTS).then().statusCode(422)
                .body("violations[0].field", equalTo("subject.id"));
        // The refused delivery claimed nothing: the complete event with the same id is processed.
        incomplete.put("data", Map.of("service", "Exchange Online", "title", "Mail delayed", "lastPost", "Back."));
        Api.as(Tokens.service()).body(incomplete).post(EVENTS).then().statusCode(201)
                .body("supportRequestIds[0]", equalTo(requestId.toString()));

        for (String token : List.of(CONTOSO, ENGINEER, Tokens.operator(), Tokens.customer(Tokens.TAILSPIN))) {
            Api.as(token).body(resolutionEvent(issue, "x")).post(EVENTS).then().statusCode(403);
        }
        Api.anonymous().body(resolutionEvent(issue, "x")).post(EVENTS).then().statusCode(401);
        Api.as(Tokens.service()).body(Map.of("id", UUID.randomUUID().toString())).post(EVENTS).then()
                .statusCode(400).body("violations.field", hasItem("type"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castData(Map<String, Object> event) {
        return (Map<String, Object>) event.get("data");
    }

    private static Map<String, Object> resolutionEvent(UUID issue, String lastPost) {
        Map<String, Object> event = new HashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", "service-health.issue.resolved");
        event.put("occurredAt", Instant.now().toString());
        event.put("partnerId", null);
        event.put("tenantId", null);
        event.put("subject", Map.of("kind", "health-issue", "id", issue.toString()));
        event.put("data", Map.of("service", "Exchange Online", "title", "Mail delayed", "lastPost", lastPost,
                "resolvedAt", Instant.now().toString()));
        return event;
    }

    private static UUID customerOf(UUID requestId) {
        return UUID.fromString(Api.as(Tokens.engineer()).get(Fixtures.path(requestId)).then().extract()
                .path("customerId"));
    }
}
