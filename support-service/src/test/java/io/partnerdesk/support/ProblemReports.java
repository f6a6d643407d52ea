package io.partnerdesk.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.restassured.response.Response;

/** Problem reports made as a customer would, and the calls the tests repeat. */
final class ProblemReports {

    static final String PATH = "/api/v1/problem-reports";

    private ProblemReports() {
    }

    static Map<String, Object> newReport(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Every message sent from Outlook stays in the outbox since 08:30.");
        body.put("serviceName", "Exchange Online");
        body.put("impact", "someUsers");
        body.put("contact", Map.of("name", "Zhang Min", "email", "zhang.min@tailspin.example"));
        return body;
    }

    /** A new report by the customer; returns its id. */
    static UUID report(UUID customerId) {
        return UUID.fromString(Api.as(Tokens.customer(customerId)).body(newReport("Outlook cannot send " + customerId))
                .post(PATH).then().statusCode(201).extract().path("id"));
    }

    static String path(UUID reportId) {
        return PATH + "/" + reportId;
    }

    static String etag(String token, UUID reportId) {
        return Api.as(token).get(path(reportId)).then().statusCode(200).extract().header("ETag");
    }

    static Response patch(String token, UUID reportId, Map<String, Object> body) {
        return Api.as(token).header("If-Match", etag(token, reportId)).body(body).patch(path(reportId));
    }

    static Response resolve(String token, UUID reportId, String resolution) {
        return Api.as(token).header("If-Match", etag(token, reportId)).body(Map.of("resolution", resolution))
                .post(path(reportId) + "/resolve");
    }

    static Map<String, Object> escalation(UUID topicId) {
        return Map.of("topicId", topicId.toString(), "severity", "B", "triage",
                Map.of("stepsTaken", "Cleared the Outlook cache; the web client fails the same way."));
    }

    static Response escalate(String token, UUID reportId, Map<String, Object> body) {
        return Api.as(token).header("If-Match", etag(token, reportId)).body(body).post(path(reportId) + "/escalate");
    }
}
