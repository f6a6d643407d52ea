package io.partnerdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ChangeRequestsTest {

    private static final String PARTNER = Tokens.partner("contoso");

    private UUID customerId;
    private UUID subscriptionId;
    private String customer;

    @BeforeEach
    void subscription() {
        customerId = Fixtures.customer("contoso");
        subscriptionId = Fixtures.subscription(customerId);
        customer = Tokens.customer(customerId);
    }

    private String requestsPath() {
        return Fixtures.subscriptionPath(customerId, subscriptionId) + "/change-requests";
    }

    private static String path(UUID changeRequestId) {
        return "/api/v1/change-requests/" + changeRequestId;
    }

    private static String etag(UUID changeRequestId) {
        return Fixtures.etag(PARTNER, path(changeRequestId));
    }

    @Test
    @DisplayName("the customer files, the partner sees it pending and approves: the subscription changes, the history names the request")
    void approve() {
        var filed = Api.as(customer).body(Map.of("quantity", 18, "reason", "Eight new hires"))
                .post(requestsPath())
                .then().statusCode(201)
                .body("status", equalTo("pending"))
                .body("quantity", equalTo(18))
                .body("cancel", equalTo(false))
                .body("partnerId", equalTo("contoso"))
                .body("requestedBy", notNullValue())
                .extract();
        UUID id = UUID.fromString(filed.path("id"));
        org.assertj.core.api.Assertions.assertThat(filed.header("Location")).endsWith(path(id));

        List<Map<String, Object>> pending = Api.allItems(PARTNER, "/api/v1/change-requests",
                request -> request.queryParam("status", "pending"));
        assertThat(pending).extracting(item -> item.get("id")).contains(id.toString());
        assertThat(pending).extracting(item -> item.get("status")).containsOnly("pending");

        Api.as(PARTNER).header("If-Match", etag(id)).body(Map.of("reason", "Welcome aboard"))
                .post(path(id) + "/approve")
                .then().statusCode(200).body("status", equalTo("approved"))
                .body("decidedBy", equalTo("contoso-admin")).body("decisionReason", equalTo("Welcome aboard"))
                .body("decidedAt", notNullValue());

        Api.as(customer).get(Fixtures.subscriptionPath(customerId, subscriptionId)).then().body("quantity",
                equalTo(18));
        Api.as(customer).get(Fixtures.subscriptionPath(customerId, subscriptionId) + "/history")
                .then().body("items[1].field", equalTo("quantity"))
                .body("items[1].changeRequestId", equalTo(id.toString()))
                .body("items[1].actorRole", equalTo("partner"));
        Api.as(customer).get(path(id)).then().statusCode(200).body("status", equalTo("approved"));
    }

    @Test
    @DisplayName("an approval that breaks a rule now answers 409 and leaves the request pending and the subscription as it was")
    void approvalRespectsRules() {
        UUID id = Fixtures.changeRequest(customerId, subscriptionId, Map.of("quantity", 40, "reason", "Growth"));
        Fixtures.patch(PARTNER, customerId, subscriptionId, Map.of("status", "suspended")).then().statusCode(200);
        Api.as(PARTNER).header("If-Match", etag(id)).post(path(id) + "/approve")
                .then().statusCode(409).body("type", endsWith("/subscription-suspended"));
        Api.as(PARTNER).get(path(id)).then().body("status", equalTo("pending"));
        Api.as(PARTNER).get(Fixtures.subscriptionPath(customerId, subscriptionId)).then().body("quantity", equalTo(10));
    }

    @Test
    @DisplayName("an approved cancellation cancels the subscription")
    void approveCancellation() {
        UUID id = Fixtures.changeRequest(customerId, subscriptionId, Map.of("cancel", true, "reason", "Moving to E5"));
        Api.as(PARTNER).header("If-Match", etag(id)).post(path(id) + "/approve").then().statusCode(200);
        Api.as(customer).get(Fixtures.subscriptionPath(customerId, subscriptionId)).then().body("status",
                equalTo("cancelled"));
        Api.as(customer).body(Map.of("quantity", 5, "reason", "Back again")).post(requestsPath())
                .then().statusCode(409).body("type", endsWith("/subscription-cancelled"));
    }

    @Test
    @DisplayName("rejecting needs a reason; a decided request cannot be decided again (409)")
    void reject() {
        UUID id = Fixtures.changeRequest(customerId, subscriptionId,
                Map.of("autoRenewEnabled", false, "reason", "Budget"));
        Api.as(PARTNER).header("If-Match", etag(id)).body(Map.of()).post(path(id) + "/reject")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        Api.as(PARTNER).header("If-Match", etag(id)).body(Map.of("reason", "Contract requires 12 months"))
                .post(path(id) + "/reject").then().statusCode(200).body("status", equalTo("rejected"))
                .body("decisionReason", equalTo("Contract requires 12 months"));
        Api.as(PARTNER).header("If-Match", etag(id)).post(path(id) + "/approve")
                .then().statusCode(409).body("type", endsWith("/change-request-not-pending"))
                .body("detail", containsString("rejected"));
        Api.as(customer).get(Fixtures.subscriptionPath(customerId, subscriptionId)).then().body("autoRenewEnabled",
                equalTo(true));
    }

    @Test
    @DisplayName("decisions need If-Match: missing 428, stale 412")
    void decisionsNeedIfMatch() {
        UUID id = Fixtures.changeRequest(customerId, subscriptionId, Map.of("quantity", 11, "reason", "One more"));
        String stale = etag(id);
        Api.as(PARTNER).post(path(id) + "/approve").then().statusCode(428);
        Api.as(customer).header("If-Match", stale).post(path(id) + "/withdraw").then().statusCode(200)
                .body("status", equalTo("withdrawn"));
        Api.as(PARTNER).header("If-Match", stale).post(path(id) + "/approve").then().statusCode(412);
    }

    @Test
    @DisplayName("only one request per subscription is pending at a time (409); after a withdrawal a new one may be filed")
    void onePending() {
        UUID first = Fixtures.changeRequest(customerId, subscriptionId, Map.of("quantity", 11, "reason", "One more"));
        Api.as(customer).body(Map.of("quantity", 12, "reason", "Two more")).post(requestsPath())
                .then().statusCode(409).body("type", endsWith("/change-request-pending"))
                .body("detail", containsString(first.toString()));
        Api.as(customer).header("If-Match", etag(first)).post(path(first) + "/withdraw").then().statusCode(200);
        Api.as(customer).body(Map.of("quantity", 12, "reason", "Two more")).post(requestsPath()).then().statusCode(201);
    }

    @Test
    @DisplayName("a request must ask for something, cancel stands alone, and the quantity must fit the offer")
    void invalidRequests() {
        Api.as(customer).body(Map.of("reason", "Nothing")).post(requestsPath()).then().statusCode(400)
                .body("violations[0].field", equalTo("body"));
        Api.as(customer).body(Map.of("cancel", true, "quantity", 3, "reason", "Both")).post(requestsPath())
                .then().statusCode(400).body("violations[0].field", equalTo("cancel"));
        Api.as(customer).body(Map.of("quantity", 3)).post(requestsPath()).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        Api.as(customer).body(Map.of("quantity", 20_000, "reason", "Huge")).post(requestsPath()).then().statusCode(422)
                .body("violations[0].field", equalTo("quantity"));
    }

    @Test
    @DisplayName("the partner is told to PATCH instead of filing; the customer is told only its partner decides")
    void rolesExplained() {
        Api.as(PARTNER).body(Map.of("quantity", 11, "reason", "x")).post(requestsPath())
                .then().statusCode(403).body("detail", containsString("directly with PATCH"));
        UUID id = Fixtures.changeRequest(customerId, subscriptionId, Map.of("quantity", 11, "reason", "One more"));
        Api.as(customer).header("If-Match", etag(id)).post(path(id) + "/approve")
                .then().statusCode(403).body("detail", containsString("Only your partner"));
        Api.as(PARTNER).header("If-Match", etag(id)).post(path(id) + "/withdraw")
                .then().statusCode(403).body("detail", containsString("approve or reject"));
    }

    @Test
    @DisplayName("lists are isolated: another partner and another customer never see the request")
    void isolation() {
        UUID id = Fixtures.changeRequest(customerId, subscriptionId, Map.of("quantity", 11, "reason", "One more"));
        // Every page, so that the check holds however many change requests other tests left in the table.
        assertThat(Api.allIds(Tokens.partner("fabrikam"), "/api/v1/change-requests")).doesNotContain(id.toString());
        assertThat(Api.allIds(Tokens.customer(Tokens.WINGTIP), "/api/v1/change-requests"))
                .doesNotContain(id.toString());
        assertThat(Api.allIds(PARTNER, "/api/v1/change-requests")).contains(id.toString());
        Api.as(customer).queryParam("subscriptionId", subscriptionId.toString()).get("/api/v1/change-requests")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id.toString()));
        Api.as(customer).queryParam("subscriptionId", "nope").get("/api/v1/change-requests").then().statusCode(400);
    }
}
