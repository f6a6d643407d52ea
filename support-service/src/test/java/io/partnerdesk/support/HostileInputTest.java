package io.partnerdesk.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Hostile query values on the engineers' queue: 400 naming the parameter, never a 500 or a silent 200. */
@QuarkusTest
class HostileInputTest {

    @Test
    @DisplayName("a time PostgreSQL cannot store (dueBefore=-5000-01-01T00:00:00Z) is 400 on dueBefore")
    void timeOutOfRange() {
        Api.as(Tokens.engineer()).queryParam("dueBefore", "-5000-01-01T00:00:00Z").get("/api/v1/support-requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("dueBefore"))
                .body("violations[0].message", containsString("0001-01-01"))
                .body("requestId", notNullValue());
        Api.as(Tokens.engineer()).queryParam("dueBefore", "+10000-01-01T00:00:00Z").get("/api/v1/support-requests")
                .then().statusCode(400).body("violations[0].field", equalTo("dueBefore"));
        Api.as(Tokens.engineer()).queryParam("dueBefore", "9999-12-31T23:59:59Z").get("/api/v1/support-requests")
                .then().statusCode(200);
    }

    @Test
    @DisplayName("assignee=%00 is 400 on assignee, not an empty 200")
    void nulAssignee() {
        Api.as(Tokens.engineer()).urlEncodingEnabled(false).get("/api/v1/support-requests?assignee=%00")
                .then().statusCode(400).body("violations[0].field", equalTo("assignee"));
    }

    @Test
    @DisplayName("typed query parameters: a wrong boolean, enum or UUID is a 400 naming the parameter, never a bare 404")
    void typedQueryParameters() {
        Api.as(Tokens.engineer()).queryParam("active", "yes").get("/api/v1/support-topics").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("active"))
                .body("violations[0].message", equalTo("must be true or false"));
        Api.as(Tokens.engineer()).queryParam("active", "true").get("/api/v1/support-topics").then().statusCode(200);
        Api.as(Tokens.engineer()).queryParam("active", "").get("/api/v1/support-topics").then().statusCode(200);
        Api.as(Tokens.engineer()).queryParam("status", "OPEN").get("/api/v1/support-requests").then().statusCode(400)
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", containsString("must be one of"));
        Api.as(Tokens.engineer()).queryParam("severity", "A").queryParam("customerId", "not-a-uuid")
                .get("/api/v1/support-requests").then().statusCode(400)
                .body("violations[0].field", equalTo("customerId"));
    }
}
