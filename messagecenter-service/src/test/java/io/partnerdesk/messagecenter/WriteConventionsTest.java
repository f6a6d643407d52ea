package io.partnerdesk.messagecenter;

import static io.partnerdesk.testing.conventions.WriteConventions.assertIdempotentCreate;
import static io.partnerdesk.testing.conventions.WriteConventions.assertIfMatchRequired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Every creating POST honours Idempotency-Key; every PATCH and issue post needs a matching If-Match. */
@QuarkusTest
class WriteConventionsTest {

    private static final String OPERATOR = Tokens.operator();
    private static final String ISSUES = "/api/v1/service-health/issues";

    private static Map<String, Object> issue(String title) {
        return Map.of("service", "Microsoft Teams", "title", title, "impactDescription", "Users may fail to join.",
                "classification", "advisory", "feature", "Meetings");
    }

    @Test
    @DisplayName("Idempotency-Key on POST messages, issues and issue posts: replay, then 422 for another body")
    void idempotentCreates() {
        Map<String, Object> first = new HashMap<>(Fixtures.announcement("everyone", List.of()));
        Map<String, Object> second = new HashMap<>(first);
        second.put("title", "Another " + UUID.randomUUID());
        assertIdempotentCreate(OPERATOR, "/api/v1/messages", first, second);
        String issue = assertIdempotentCreate(OPERATOR, ISSUES, issue("Join failures " + UUID.randomUUID()),
                issue("Join failures " + UUID.randomUUID()));
        String etag = Api.as(OPERATOR).get(ISSUES + "/" + issue).then().statusCode(200).extract().header("ETag");
        assertIdempotentCreate(OPERATOR, Map.of("If-Match", etag), ISSUES + "/" + issue + "/posts",
                Map.of("text", "We are looking into it."), Map.of("text", "We are still looking into it."));
    }

    @Test
    @DisplayName("If-Match on PATCH messages and on issue posts: 428 without, 412 stale, nothing changed")
    void conditionalChanges() {
        String message = "/api/v1/messages/" + Fixtures.publish("everyone", List.of());
        assertIfMatchRequired(OPERATOR, "PATCH", message, Map.of("severity", "normal"), message);
        String issue = ISSUES + "/" + Api.as(OPERATOR).body(issue("Slow sign-in " + UUID.randomUUID())).post(ISSUES)
                .then().statusCode(201).extract().path("id");
        assertIfMatchRequired(OPERATOR, "POST", issue + "/posts", Map.of("text", "Investigating."), issue);
    }
}
