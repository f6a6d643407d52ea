package io.partnerdesk.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.partnerdesk.support.SubscriptionsServiceStub.InjectStub;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.RoleMatrix;
import io.partnerdesk.testing.RoleMatrix.Caller;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Every route against every kind of caller, each cell on a fresh request of a fresh contoso customer. */
@QuarkusTest
class AuthorizationMatrixTest {

    @InjectStub
    WireMockServer stub;

    @MessageCenterStub.InjectStub
    WireMockServer health;

    /** A fresh customer, request and topic per cell, so that no cell changes rows other tests read. */
    record Scenario(UUID customerId, UUID requestId, UUID topicId) {
        String path() {
            return Fixtures.path(requestId);
        }

        String topic() {
            return "/api/v1/support-topics/" + topicId;
        }
    }

    record Route(String name, Function<Scenario, Function<RequestSpecification, Response>> call,
            RoleMatrix.Expected expected) {
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("GET /support-topics", s -> r -> r.get("/api/v1/support-topics"), RoleMatrix.expect()
                .owningPartner(200).otherPartner(200).customer(200).otherCustomer(200).engineer(200).operator(200)));
        routes.add(new Route("GET /support-topics/{id}", s -> r -> r.get(s.topic()),
                RoleMatrix.expect().owningPartner(200).otherPartner(200).customer(200).otherCustomer(200).engineer(200)
                        .operator(200)));
        routes.add(new Route("POST /support-topics", s -> r -> r.body(Map.of("name", "Topic " + UUID.randomUUID(),
                "description", "x")).post("/api/v1/support-topics"),
                RoleMatrix.expect().owningPartner(403).otherPartner(403).customer(403).otherCustomer(403).engineer(403)
                        .operator(201)));
        routes.add(new Route("PATCH /support-topics/{id}",
                s -> r -> r.header("If-Match", "*").body(Map.of("active", true))
                        .patch(s.topic()),
                RoleMatrix.expect().owningPartner(403).otherPartner(403).customer(403).otherCustomer(403).engineer(403)
                        .operator(200)));
        // The other partner files for a customer that is not its own: 404 on customerId.
        routes.add(new Route("POST /support-requests", s -> r -> r.body(Fixtures.newRequest(s.customerId(), "C"))
                .post("/api/v1/support-requests"),
                RoleMatrix.expect().owningPartner(201).otherPartner(404).customer(403).otherCustomer(403).engineer(403)
                        .operator(403)));
        routes.add(new Route("GET /support-requests", s -> r -> r.get("/api/v1/support-requests"), RoleMatrix.expect()
                .owningPartner(200).otherPartner(200).customer(200).otherCustomer(200).engineer(200).operator(403)));
        routes.add(new Route("GET /support-requests/{id}", s -> r -> r.get(s.path()), RoleMatrix.expect()
                .owningPartner(200).otherPartner(404).customer(200).otherCustomer(404).engineer(200).operator(403)));
        routes.add(new Route("PATCH /support-requests/{id}",
                s -> r -> r.header("If-Match", Fixtures.etag(s.requestId()))
                        .body(Map.of("status", "closed")).patch(s.path()),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(403).otherCustomer(404).engineer(409)
                        .operator(403)));
        routes.add(new Route("POST /support-requests/{id}/notes", s -> r -> r.body(Map.of("text", "Any news?"))
                .post(s.path() + "/notes"),
                RoleMatrix.expect().owningPartner(201).otherPartner(404).customer(403).otherCustomer(404).engineer(201)
                        .operator(403)));
        routes.add(new Route("GET /support-requests/{id}/notes", s -> r -> r.get(s.path() + "/notes"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404).engineer(200)
                        .operator(403)));
        routes.add(new Route("GET /support-requests/{id}/timeline", s -> r -> r.get(s.path() + "/timeline"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404).engineer(200)
                        .operator(403)));
        routes.add(new Route("POST /support-requests/{id}/health-issues",
                s -> r -> r.body(Map.of("healthIssueId", issue().toString())).post(s.path() + "/health-issues"),
                RoleMatrix.expect().owningPartner(201).otherPartner(404).customer(403).otherCustomer(404).engineer(201)
                        .operator(403)));
        routes.add(new Route("DELETE /support-requests/{id}/health-issues/{issueId}", s -> r -> {
            UUID issue = linked(s.requestId());
            return r.delete(s.path() + "/health-issues/" + issue);
        }, RoleMatrix.expect().owningPartner(204).otherPartner(404).customer(403).otherCustomer(404).engineer(204)
                .operator(403)));
        routes.add(new Route("GET /support-requests/{id}/health-issues", s -> r -> r.get(s.path() + "/health-issues"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404).engineer(200)
                        .operator(403)));
        // Every partner may ask (it sees its own linked requests, maybe none); customers are not told of requests.
        routes.add(new Route("GET /service-health/issues/{id}/support-requests",
                s -> r -> r.get("/api/v1/service-health/issues/" + linked(s.requestId()) + "/support-requests"),
                RoleMatrix.expect().owningPartner(200).otherPartner(200).customer(403).otherCustomer(403).engineer(200)
                        .operator(200)));
        return routes;
    }

    /** A health issue the stand-in Message Center knows. */
    private UUID issue() {
        return MessageCenterStub.openIssue(health, "Exchange Online", "Matrix incident");
    }

    /** A health issue the request is linked to (by its partner). */
    private UUID linked(UUID requestId) {
        UUID issue = issue();
        Api.as(Tokens.partner("contoso")).body(Map.of("healthIssueId", issue.toString()))
                .post(Fixtures.path(requestId) + "/health-issues").then().statusCode(201);
        return issue;
    }

    @TestFactory
    @DisplayName("each route answers each caller as the role matrix says, with a problem body on refusal")
    Stream<DynamicTest> matrix() {
        return routes().stream().flatMap(route -> Stream.of(Caller.values()).map(caller -> {
            int expected = route.expected().get(caller);
            return DynamicTest.dynamicTest(route.name() + " as " + caller + " answers " + expected, () -> {
                UUID customerId = Fixtures.customerOf(stub, "contoso");
                Scenario scenario = new Scenario(customerId, Fixtures.request(customerId, "B"), Fixtures.topic());
                var then = RoleMatrix.assertAnswer(
                        route.call().apply(scenario).apply(caller.request(scenario.customerId())), expected);
                if (expected == 403 && caller == Caller.CUSTOMER && route.name().contains(" /support-requests")) {
                    then.body("detail", containsString("Your partner files and manages support requests"));
                }
            });
        }));
    }
}
