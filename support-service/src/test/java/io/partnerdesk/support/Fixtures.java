package io.partnerdesk.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;

/** Customers (stubbed in subscriptions-service) and support requests, created as a partner would. */
final class Fixtures {

    static final UUID EXCHANGE_ONLINE = UUID.fromString("7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e01");

    private Fixtures() {
    }

    /** A customer of {@code partnerId}, as subscriptions-service will describe it. */
    /** A new customer of {@code partnerId}, known to the stand-in subscriptions-service. */
    static UUID customerOf(WireMockServer stub, String partnerId) {
        return SubscriptionsServiceStub.addCustomer(stub, partnerId);
    }

    /** A new active topic of its own (as the operator), for a test that changes one. */
    static UUID topic() {
        return UUID.fromString(Api.as(Tokens.operator()).body(Map.of("name", "Topic " + UUID.randomUUID(),
                "description", "A topic of one test")).post("/api/v1/support-topics").then().statusCode(201)
                .extract().path("id"));
    }

    static Map<String, Object> newRequest(UUID customerId, String severity) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerId", customerId.toString());
        body.put("topicId", EXCHANGE_ONLINE.toString());
        body.put("title", "Inbound mail delayed");
        body.put("description", "External mail arrives two hours late since 09:40.");
        body.put("severity", severity);
        body.put("contact", Map.of("name", "Li Wei", "email", "li.wei@contoso.cn", "phone", "+86 21 5555 0100"));
        body.put("triage", Map.of("stepsTaken", "Recreated the inbound connector; checked service health.",
                "customerImpact", "40 users miss external mail."));
        return body;
    }

    static UUID request(UUID customerId, String severity) {
        return UUID.fromString(Api.as(Tokens.partner("contoso")).body(newRequest(customerId, severity))
                .post("/api/v1/support-requests").then().statusCode(201).extract().path("id"));
    }

    static String path(UUID requestId) {
        return "/api/v1/support-requests/" + requestId;
    }

    static String etag(UUID requestId) {
        return Api.as(Tokens.engineer()).get(path(requestId)).then().statusCode(200).extract().header("ETag");
    }

    static io.restassured.response.Response patch(String token, UUID requestId, Map<String, Object> body) {
        return Api.as(token).header("If-Match", etag(requestId)).body(body).patch(path(requestId));
    }
}
