package io.partnerdesk.subscriptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.RoleMatrix;
import io.partnerdesk.testing.RoleMatrix.Caller;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every route against every kind of caller. Each cell runs on data of its own (a fresh customer of contoso, a
 * subscription and a pending change request), so that a write allowed in one cell cannot change another's answer.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Fresh rows per cell (an offer too), so that no cell changes rows other tests read. */
    record Scenario(UUID customerId, UUID subscriptionId, UUID changeRequestId, UUID offerId) {

        static Scenario create() {
            UUID customerId = Fixtures.customer(Fixtures.OWNER);
            UUID subscriptionId = Fixtures.subscription(customerId);
            UUID changeRequestId = Fixtures.changeRequest(customerId, subscriptionId,
                    Map.of("quantity", 12, "reason", "Two new hires"));
            return new Scenario(customerId, subscriptionId, changeRequestId, Fixtures.offer());
        }

        String offer() {
            return "/api/v1/offers/" + offerId;
        }

        String subscriptions() {
            return Fixtures.subscriptionsPath(customerId);
        }

        String subscription() {
            return Fixtures.subscriptionPath(customerId, subscriptionId);
        }

        String changeRequest() {
            return "/api/v1/change-requests/" + changeRequestId;
        }

        String etag(String path) {
            return Fixtures.etag(Tokens.partner(Fixtures.OWNER), path);
        }
    }

    record Route(String name, Function<Scenario, Function<RequestSpecification, Response>> call,
            RoleMatrix.Expected expected) {
    }

    private static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("GET /offers", s -> r -> r.get("/api/v1/offers"), RoleMatrix.expect().owningPartner(200)
                .otherPartner(200).customer(200).otherCustomer(200).engineer(200).operator(200)));
        routes.add(new Route("GET /offers/{id}", s -> r -> r.get(s.offer()), RoleMatrix.expect().owningPartner(200)
                .otherPartner(200).customer(200).otherCustomer(200).engineer(200).operator(200)));
        routes.add(new Route("POST /offers",
                s -> r -> r.body(Map.of("name", "Offer " + UUID.randomUUID(), "product", "Teams",
                        "unitType", "licenses", "billingCycles", List.of("monthly"), "minQuantity", 1, "maxQuantity", 5,
                        "trialAllowed", false)).post("/api/v1/offers"),
                RoleMatrix.expect().owningPartner(403).otherPartner(403).customer(403).otherCustomer(403).engineer(403)
                        .operator(201)));
        routes.add(new Route("PATCH /offers/{id}",
                s -> r -> r.header("If-Match", "*").body(Map.of("trialAllowed", true))
                        .patch(s.offer()),
                RoleMatrix.expect().owningPartner(403).otherPartner(403).customer(403).otherCustomer(403).engineer(403)
                        .operator(200)));
        routes.add(new Route("POST /customers",
                s -> r -> r.body(Map.of("companyName", "New Co", "domain", Fixtures.uniqueDomain(),
                        "billingEmail", "a@b.cn")).post("/api/v1/customers"),
                RoleMatrix.expect().owningPartner(201).otherPartner(201).customer(403).otherCustomer(403).engineer(403)
                        .operator(403)));
        routes.add(new Route("GET /customers", s -> r -> r.get("/api/v1/customers"), RoleMatrix.expect()
                .owningPartner(200).otherPartner(200).customer(200).otherCustomer(200).engineer(403).operator(403)));
        routes.add(new Route("GET /customers/{id}", s -> r -> r.get("/api/v1/customers/" + s.customerId),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404).engineer(403)
                        .operator(403)));
        routes.add(new Route("POST /customers/{id}/subscriptions", s -> r -> r.body(Fixtures.newSubscription(5))
                .post(s.subscriptions()),
                RoleMatrix.expect().owningPartner(201).otherPartner(404).customer(403).otherCustomer(404).engineer(403)
                        .operator(403)));
        routes.add(new Route("GET /customers/{id}/subscriptions", s -> r -> r.get(s.subscriptions()),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404).engineer(403)
                        .operator(403)));
        routes.add(new Route("GET /customers/{id}/subscriptions/{id}", s -> r -> r.get(s.subscription()),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404).engineer(403)
                        .operator(403)));
        routes.add(new Route("PATCH /customers/{id}/subscriptions/{id}",
                s -> r -> r.header("If-Match", s.etag(s.subscription()))
                        .body(Map.of("autoRenewEnabled", false)).patch(s.subscription()),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(403).otherCustomer(404).engineer(403)
                        .operator(403)));
        routes.add(new Route("GET /customers/{id}/subscriptions/{id}/history",
                s -> r -> r.get(s.subscription() + "/history"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404).engineer(403)
                        .operator(403)));
        routes.add(new Route("POST /customers/{id}/subscriptions/{id}/change-requests", s -> r -> {
            // The scenario's pending request is withdrawn first, so that a new one may be filed.
            Api.as(Tokens.customer(s.customerId)).header("If-Match", s.etag(s.changeRequest()))
                    .post(s.changeRequest() + "/withdraw").then().statusCode(200);
            return r.body(Map.of("autoRenewEnabled", false, "reason", "Project ends"))
                    .post(s.subscription() + "/change-requests");
        }, RoleMatrix.expect().owningPartner(403).otherPartner(404).customer(201).otherCustomer(404).engineer(403)
                .operator(403)));
        routes.add(new Route("GET /change-requests", s -> r -> r.get("/api/v1/change-requests"), RoleMatrix.expect()
                .owningPartner(200).otherPartner(200).customer(200).otherCustomer(200).engineer(403).operator(403)));
        routes.add(new Route("GET /change-requests/{id}", s -> r -> r.get(s.changeRequest()), RoleMatrix.expect()
                .owningPartner(200).otherPartner(404).customer(200).otherCustomer(404).engineer(403).operator(403)));
        routes.add(new Route("POST /change-requests/{id}/approve",
                s -> r -> r.header("If-Match", s.etag(s.changeRequest()))
                        .post(s.changeRequest() + "/approve"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(403).otherCustomer(404).engineer(403)
                        .operator(403)));
        routes.add(new Route("POST /change-requests/{id}/reject",
                s -> r -> r.header("If-Match", s.etag(s.changeRequest()))
                        .body(Map.of("reason", "Not now")).post(s.changeRequest() + "/reject"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(403).otherCustomer(404).engineer(403)
                        .operator(403)));
        routes.add(new Route("POST /change-requests/{id}/withdraw",
                s -> r -> r.header("If-Match", s.etag(s.changeRequest()))
                        .post(s.changeRequest() + "/withdraw"),
                RoleMatrix.expect().owningPartner(403).otherPartner(404).customer(200).otherCustomer(404).engineer(403)
                        .operator(403)));
        return routes;
    }

    @TestFactory
    @DisplayName("each route answers each caller as the role matrix says, with a problem body on refusal")
    Stream<DynamicTest> matrix() {
        return routes().stream().flatMap(route -> Stream.of(Caller.values()).map(caller -> {
            int expected = route.expected().get(caller);
            return DynamicTest.dynamicTest(route.name() + " as " + caller + " answers " + expected, () -> {
                Scenario scenario = Scenario.create();
                RoleMatrix.assertAnswer(route.call().apply(scenario).apply(caller.request(scenario.customerId())),
                        expected);
            });
        }));
    }
}
