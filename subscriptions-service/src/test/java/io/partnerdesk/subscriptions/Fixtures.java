package io.partnerdesk.subscriptions;

import java.util.Map;
import java.util.UUID;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.restassured.response.Response;

/** Data the HTTP tests need, created through the API as a partner would. */
final class Fixtures {

    static final String OWNER = "contoso";
    static final String OTHER_PARTNER = "fabrikam";
    static final UUID OFFICE_365_E3 = UUID.fromString("6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02");
    static final UUID OFFICE_365_E5 = UUID.fromString("6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e03");
    static final UUID OFFICE_365_E1 = UUID.fromString("6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e01");

    private Fixtures() {
    }

    static String uniqueDomain() {
        return "t" + UUID.randomUUID().toString().substring(0, 12) + ".partner.onmschina.cn";
    }

    static UUID customer(String partnerId) {
        return UUID.fromString(Api.as(Tokens.partner(partnerId))
                .body(Map.of("companyName", "Test Co", "domain", uniqueDomain(), "billingEmail", "billing@test.cn"))
                .post("/api/v1/customers")
                .then().statusCode(201).extract().path("id"));
    }

    /** A new offer of its own (as the operator), for a test that changes one. */
    static UUID offer() {
        return UUID.fromString(Api.as(Tokens.operator()).body(Map.of("name", "Offer " + UUID.randomUUID(),
                "product", "Teams", "unitType", "licenses", "billingCycles", java.util.List.of("monthly"),
                "minQuantity", 1, "maxQuantity", 5, "trialAllowed", false))
                .post("/api/v1/offers").then().statusCode(201).extract().path("id"));
    }

    static Map<String, Object> newSubscription(int quantity) {
        return Map.of("offerId", OFFICE_365_E3.toString(), "quantity", quantity, "billingCycle", "annual",
                "autoRenewEnabled", true, "friendlyName", "Head office E3");
    }

    static UUID subscription(UUID customerId) {
        return UUID.fromString(Api.as(Tokens.partner(OWNER)).body(newSubscription(10))
                .post(subscriptionsPath(customerId))
                .then().statusCode(201).extract().path("id"));
    }

    static String subscriptionsPath(UUID customerId) {
        return "/api/v1/customers/" + customerId + "/subscriptions";
    }

    static String subscriptionPath(UUID customerId, UUID subscriptionId) {
        return subscriptionsPath(customerId) + "/" + subscriptionId;
    }

    static String etag(String token, String path) {
        return Api.as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    static UUID changeRequest(UUID customerId, UUID subscriptionId, Map<String, Object> body) {
        return UUID.fromString(Api.as(Tokens.customer(customerId)).body(body)
                .post(subscriptionPath(customerId, subscriptionId) + "/change-requests")
                .then().statusCode(201).extract().path("id"));
    }

    static Response patch(String token, UUID customerId, UUID subscriptionId, Map<String, Object> body) {
        String path = subscriptionPath(customerId, subscriptionId);
        return Api.as(token).header("If-Match", etag(Tokens.partner(OWNER), path)).body(body).patch(path);
    }
}
