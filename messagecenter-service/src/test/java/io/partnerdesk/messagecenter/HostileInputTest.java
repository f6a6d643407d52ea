package io.partnerdesk.messagecenter;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Hostile filters and bodies on the Message Center: 400 naming the field, never a 500. */
@QuarkusTest
class HostileInputTest {

    @Test
    @DisplayName("NUL in messages?tag= and ?service= is 400 on that parameter")
    void nulFilters() {
        String customer = Tokens.customer(Tokens.TAILSPIN);
        Api.as(customer).urlEncodingEnabled(false).get("/api/v1/messages?tag=a%00b")
                .then().statusCode(400).body("violations[0].field", equalTo("tag"));
        Api.as(customer).urlEncodingEnabled(false).get("/api/v1/service-health/issues?service=%00")
                .then().statusCode(400).body("violations[0].field", equalTo("service"));
    }

    @Test
    @DisplayName("since= a time PostgreSQL cannot store is 400 on since")
    void sinceOutOfRange() {
        Api.as(Tokens.customer(Tokens.TAILSPIN)).queryParam("since", "-5000-01-01T00:00:00Z").get("/api/v1/messages")
                .then().statusCode(400).body("violations[0].field", equalTo("since"));
    }

    @Test
    @DisplayName("an announcement with a time outside years 1-9999 or a NUL in its title is 400 naming the field")
    void hostileBody() {
        Api.as(Tokens.operator()).body("{\"title\": \"T\", \"body\": \"B\", \"category\": \"stayInformed\","
                + " \"severity\": \"normal\", \"audience\": {\"type\": \"everyone\"}, \"endsAt\": \"-5000-01-01T00:00:00Z\"}")
                .post("/api/v1/messages").then().statusCode(400).body("violations[0].field", equalTo("endsAt"));
        Api.as(Tokens.operator()).body(Map.of("title", "a\u0000b", "body", "B", "category", "stayInformed",
                "severity", "normal", "audience", Map.of("type", "everyone")))
                .post("/api/v1/messages").then().statusCode(400).body("violations[0].field", equalTo("title"));
    }
}
