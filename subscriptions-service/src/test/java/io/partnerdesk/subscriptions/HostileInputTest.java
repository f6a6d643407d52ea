package io.partnerdesk.subscriptions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What a hostile or careless caller sends, answered 400 naming the field: never a 500, never silently coerced into
 * something else. (The gateway's breaker tests show why a 500 matters beyond the one caller.)
 */
@QuarkusTest
class HostileInputTest {

    private static final String PARTNER = Tokens.partner(Fixtures.OWNER);

    @Test
    @DisplayName("NUL in a query filter (customers?name=a%00b) is 400 on that parameter, not a database error")
    void nulInQuery() {
        Api.as(Tokens.customer(Tokens.TAILSPIN)).urlEncodingEnabled(false).get("/api/v1/customers?name=a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name")).body("requestId", notNullValue());
        Api.as(PARTNER).urlEncodingEnabled(false).get("/api/v1/customers?domain=x%01y.cn")
                .then().statusCode(400).body("violations[0].field", equalTo("domain"));
    }

    @Test
    @DisplayName("NUL inside JSON text (a change request's reason) is 400 naming the field")
    void nulInBody() {
        UUID customer = Fixtures.customer(Fixtures.OWNER);
        UUID subscription = Fixtures.subscription(customer);
        Api.as(Tokens.customer(customer)).body("{\"quantity\": 20, \"reason\": \"a\\u0000b\"}")
                .post(Fixtures.subscriptionPath(customer, subscription) + "/change-requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"))
                .body("violations[0].message", containsString("control characters"));
        // Tab, line feed and carriage return are text, not controls.
        Api.as(Tokens.customer(customer)).body("{\"quantity\": 20, \"reason\": \"line one\\r\\n\\tline two\"}")
                .post(Fixtures.subscriptionPath(customer, subscription) + "/change-requests")
                .then().statusCode(201);
    }

    @Test
    @DisplayName("a NUL-bearing company name is refused, and a customer's NUL requests leave the service answering others")
    void otherCallersUnaffected() {
        for (int i = 0; i < 6; i++) {
            Api.as(PARTNER).body(Map.of("companyName", "Evil\u0000Co", "domain", Fixtures.uniqueDomain(),
                    "billingEmail", "a@b.cn")).post("/api/v1/customers")
                    .then().statusCode(400).body("violations[0].field", equalTo("companyName"));
        }
        Api.as(Tokens.partner(Fixtures.OTHER_PARTNER)).get("/api/v1/customers").then().statusCode(200);
    }

    @Test
    @DisplayName("a fraction for an integer ({\"quantity\": 30.9}) is 400, never stored as 30")
    void floatForInteger() {
        UUID customer = Fixtures.customer(Fixtures.OWNER);
        UUID subscription = Fixtures.subscription(customer);
        Fixtures.patch(PARTNER, customer, subscription, Map.of("quantity", 30.9))
                .then().statusCode(400).body("violations[0].field", equalTo("quantity"))
                .body("violations[0].message", equalTo("must be an integer"));
        Api.as(PARTNER).get(Fixtures.subscriptionPath(customer, subscription)).then().body("quantity", equalTo(10));
    }

    @Test
    @DisplayName("an enum by ordinal ({\"status\": 2}, which is 'cancelled') is 400: a typo never cancels a subscription")
    void enumOrdinal() {
        UUID customer = Fixtures.customer(Fixtures.OWNER);
        UUID subscription = Fixtures.subscription(customer);
        Fixtures.patch(PARTNER, customer, subscription, Map.of("status", 2))
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
        Api.as(PARTNER).get(Fixtures.subscriptionPath(customer, subscription)).then().body("status", equalTo("active"));
    }

    @Test
    @DisplayName("strings for numbers or booleans, null for a required value, duplicate keys and trailing tokens are 400")
    void strictJson() {
        UUID customer = Fixtures.customer(Fixtures.OWNER);
        UUID subscription = Fixtures.subscription(customer);
        Fixtures.patch(PARTNER, customer, subscription, Map.of("quantity", "30"))
                .then().statusCode(400).body("violations[0].field", equalTo("quantity"));
        Fixtures.patch(PARTNER, customer, subscription, Map.of("autoRenewEnabled", "false"))
                .then().statusCode(400).body("violations[0].field", equalTo("autoRenewEnabled"));
        Fixtures.patch(PARTNER, customer, subscription, Map.of("friendlyName", 12))
                .then().statusCode(400).body("violations[0].field", equalTo("friendlyName"));
        String path = Fixtures.subscriptionPath(customer, subscription);
        String etag = Fixtures.etag(PARTNER, path);
        Api.as(PARTNER).header("If-Match", etag).body("{\"quantity\": 12, \"quantity\": 13}").patch(path)
                .then().statusCode(400).body("violations[0].field", equalTo("quantity"))
                .body("violations[0].message", containsString("more than once"));
        Api.as(PARTNER).header("If-Match", etag).body("{\"quantity\": 12} {\"quantity\": 13}").patch(path)
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(PARTNER).body("{\"companyName\": null, \"domain\": \"" + Fixtures.uniqueDomain()
                + "\", \"billingEmail\": \"a@b.cn\"}").post("/api/v1/customers")
                .then().statusCode(400).body("violations.field", hasItem("companyName"));
        Api.as(PARTNER).get(path).then().body("quantity", equalTo(10));
    }

    @Test
    @DisplayName("a cursor carrying a time PostgreSQL cannot store is 400 on cursor")
    void cursorOutOfRange() {
        String bogus = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("-9000000000000000000|" + UUID.randomUUID()).getBytes());
        Api.as(PARTNER).queryParam("cursor", bogus).get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("cursor"));
    }

    @Test
    @DisplayName("a control character in a path segment is 400, not a lookup")
    void controlInPath() {
        Api.as(PARTNER).urlEncodingEnabled(false).get("/api/v1/customers/ab%00cd")
                .then().statusCode(400).contentType(ContentType.fromContentType("application/problem+json"))
                .body("type", endsWith("/validation"));
    }
}
