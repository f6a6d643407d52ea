package io.partnerdesk.messagecenter;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;

/** Messages published as an operator would. */
final class Fixtures {

    private Fixtures() {
    }

    static Map<String, Object> announcement(String audienceType, List<String> ids) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Exchange Online: TLS 1.0 and 1.1 retirement " + UUID.randomUUID());
        body.put("body", "From 2027-01-31 Exchange Online accepts only TLS 1.2 connections.");
        body.put("category", "planForChange");
        body.put("severity", "high");
        body.put("services", List.of("Exchange Online"));
        body.put("tags", List.of("Admin impact"));
        body.put("isMajorChange", true);
        body.put("actionRequiredBy", "2027-01-31T00:00:00Z");
        body.put("audience", Map.of("type", audienceType, "ids", ids));
        return body;
    }

    static UUID publish(String audienceType, List<String> ids) {
        return publish(announcement(audienceType, ids));
    }

    static UUID publish(Map<String, Object> body) {
        return UUID.fromString(Api.as(Tokens.operator()).body(body).post("/api/v1/messages")
                .then().statusCode(201).extract().path("id"));
    }

    static Map<String, Object> withWindow(Map<String, Object> body, Instant startsAt, Instant endsAt) {
        body.put("startsAt", startsAt.toString());
        if (endsAt != null) {
            body.put("endsAt", endsAt.toString());
        }
        return body;
    }
}
