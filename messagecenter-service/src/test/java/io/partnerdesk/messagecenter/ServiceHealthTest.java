package io.partnerdesk.messagecenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.OutboxRows;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceHealthTest {

    private static final String OPERATOR = Tokens.operator();

    @Inject
    DataSource dataSource;

    private static Map<String, Object> newIssue(String service) {
        Map<String, Object> body = new HashMap<>();
        body.put("service", service);
        body.put("title", "Users can't join meetings from the desktop client");
        body.put("impactDescription", "Users in Shanghai may fail to join Teams meetings.");
        body.put("classification", "incident");
        body.put("feature", "Meetings");
        return body;
    }

    private static UUID open(String service, String status) {
        Map<String, Object> body = newIssue(service);
        body.put("status", status);
        return UUID.fromString(Api.as(OPERATOR).body(body).post("/api/v1/service-health/issues")
                .then().statusCode(201).extract().path("id"));
    }

    private static void post(UUID issue, String text, String status) {
        String path = "/api/v1/service-health/issues/" + issue;
        String etag = Api.as(OPERATOR).get(path).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (status != null) {
            body.put("status", status);
        }
        Api.as(OPERATOR).header("If-Match", etag).body(body).post(path + "/posts").then().statusCode(201);
    }

    @Test
    @DisplayName("posts move the issue and the service; resolution returns the service to operational; the overview shows open issues")
    void statusMovesWithPosts() {
        String serviceName = "Microsoft Teams";
        UUID issue = open(serviceName, "investigating");
        Api.as(Tokens.partner("contoso")).get("/api/v1/service-health").then().statusCode(200)
                .body("services.find { it.service == 'Microsoft Teams' }.status", equalTo("investigating"))
                .body("services.find { it.service == 'Microsoft Teams' }.openIssues.id", hasItem(issue.toString()));

        post(issue, "We identified a faulty update and are rolling it back.", "restoringService");
        Api.as(Tokens.customer(Tokens.TAILSPIN)).get("/api/v1/service-health/issues/" + issue).then().statusCode(200)
                .body("status", equalTo("restoringService")).body("resolved", equalTo(false))
                .body("posts", hasSize(1)).body("posts[0].status", equalTo("restoringService"))
                .body("posts[0].author", equalTo("vianet-operator"));
        post(issue, "Adding detail without a status change.", null);
        Api.as(Tokens.engineer()).get("/api/v1/service-health").then()
                .body("services.find { it.service == 'Microsoft Teams' }.status", equalTo("restoringService"));

        post(issue, "The rollback is complete; meetings work again.", "serviceRestored");
        Api.as(OPERATOR).get("/api/v1/service-health/issues/" + issue).then()
                .body("resolved", equalTo(true)).body("resolvedAt", notNullValue()).body("posts", hasSize(3));
        Api.as(OPERATOR).get("/api/v1/service-health").then()
                .body("services.find { it.service == 'Microsoft Teams' }.status", equalTo("serviceOperational"))
                .body("services.find { it.service == 'Microsoft Teams' }.openIssues.id",
                        not(hasItem(issue.toString())));
    }

    @Test
    @DisplayName("a resolution (and only a resolution) leaves through the outbox for support-service, with the last post")
    void resolutionIsAnEvent() {
        UUID issue = open("Exchange Online", "investigating");
        post(issue, "Still looking.", "serviceDegradation");
        assertThat(OutboxRows.about(dataSource, "health-issue", issue)).isEmpty();

        post(issue, "Mail flow is back to normal.", "serviceRestored");
        List<OutboxRows.Row> rows = OutboxRows.about(dataSource, "health-issue", issue);
        assertThat(rows).extracting(OutboxRows.Row::type).containsExactly("service-health.issue.resolved");
        var event = rows.get(0).event();
        assertThat(event.path("subject").path("id").asText()).isEqualTo(issue.toString());
        assertThat(event.path("partnerId").isNull()).isTrue();
        assertThat(event.path("data").path("service").asText()).isEqualTo("Exchange Online");
        assertThat(event.path("data").path("lastPost").asText()).isEqualTo("Mail flow is back to normal.");
        assertThat(event.path("data").path("resolvedAt").asText()).isNotBlank();

        post(issue, "A follow-up with no status change.", null);
        post(issue, "It came back.", "serviceDegradation");
        assertThat(OutboxRows.about(dataSource, "health-issue", issue)).hasSize(1);
        post(issue, "Fixed for good.", "serviceRestored");
        assertThat(OutboxRows.about(dataSource, "health-issue", issue)).extracting(r -> r.event().path("data")
                .path("lastPost").asText()).containsExactly("Mail flow is back to normal.", "Fixed for good.");
    }

    @Test
    @DisplayName("issues filter by service, classification, status and resolved")
    void filters() {
        UUID open = open("SharePoint Online", "serviceDegradation");
        UUID closed = open("SharePoint Online", "falsePositive");
        Api.as(Tokens.partner("contoso")).queryParam("service", "SharePoint Online").queryParam("resolved", "false")
                .queryParam("limit", 200).get("/api/v1/service-health/issues").then().statusCode(200)
                .body("items.id", hasItem(open.toString())).body("items.id", not(hasItem(closed.toString())))
                .body("items.service", everyItem(equalTo("SharePoint Online")));
        Api.as(Tokens.partner("contoso")).queryParam("status", "falsePositive").queryParam("classification", "incident")
                .queryParam("limit", 200).get("/api/v1/service-health/issues").then()
                .body("items.id", hasItem(closed.toString())).body("items.status", everyItem(equalTo("falsePositive")));
        Api.as(Tokens.partner("contoso")).queryParam("status", "onFire").get("/api/v1/service-health/issues").then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    @DisplayName("only operators open issues and post; posts need If-Match; an unknown service is 422")
    void writes() {
        for (String token : List.of(Tokens.partner("contoso"), Tokens.customer(Tokens.TAILSPIN), Tokens.engineer())) {
            Api.as(token).body(newIssue("Exchange Online")).post("/api/v1/service-health/issues").then()
                    .statusCode(403);
        }
        Api.anonymous().get("/api/v1/service-health").then().statusCode(401);
        Api.as(OPERATOR).body(newIssue("Lotus Notes")).post("/api/v1/service-health/issues").then().statusCode(422)
                .body("type", endsWith("/unknown-service")).body("violations[0].field", equalTo("service"));
        UUID issue = open("OneDrive for Business", "investigating");
        String path = "/api/v1/service-health/issues/" + issue + "/posts";
        Api.as(OPERATOR).body(Map.of("text", "Update")).post(path).then().statusCode(428);
        Api.as(OPERATOR).header("If-Match", "\"99\"").body(Map.of("text", "Update")).post(path).then().statusCode(412);
        Api.as(Tokens.partner("contoso")).header("If-Match", "*").body(Map.of("text", "Update")).post(path).then()
                .statusCode(403);
        Api.as(OPERATOR).get("/api/v1/service-health/issues/" + UUID.randomUUID()).then().statusCode(404);
    }
}
