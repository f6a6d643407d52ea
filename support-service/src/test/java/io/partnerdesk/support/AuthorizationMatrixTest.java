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


    record Scenario(UUID customerId, UUID requestId) {
        String path() {
            return Fixtures.path(requestId);
        }
    }

    record Route(String name, Function<Scenario, Function<RequestSpecification, Response>> call, Map<Caller, Integer> expected) {
    }


    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("GET /support-topics", s -> r -> r.get("/api/v1/support-topics"), RoleMatrix.answers(200, 200, 200, 200, 200, 200)));
        routes.add(new Route("GET /support-topics/{id}", s -> r -> r.get("/api/v1/support-topics/" + Fixtures.EXCHANGE_ONLINE),
                RoleMatrix.answers(200, 200, 200, 200, 200, 200)));
        routes.add(new Route("POST /support-topics", s -> r -> r.body(Map.of("name", "Topic " + UUID.randomUUID(),
                "description", "x")).post("/api/v1/support-topics"), RoleMatrix.answers(403, 403, 403, 403, 403, 201)));
        routes.add(new Route("PATCH /support-topics/{id}", s -> r -> r.header("If-Match", "*").body(Map.of("active", true))
                .patch("/api/v1/support-topics/" + Fixtures.EXCHANGE_ONLINE), RoleMatrix.answers(403, 403, 403, 403, 403, 200)));
        // The other partner files for a customer that is not its own: 404 on customerId.
        routes.add(new Route("POST /support-requests", s -> r -> r.body(Fixtures.newRequest(s.customerId(), "C"))
                .post("/api/v1/support-requests"), RoleMatrix.answers(201, 404, 403, 403, 403, 403)));
        routes.add(new Route("GET /support-requests", s -> r -> r.get("/api/v1/support-requests"), RoleMatrix.answers(200, 200, 200, 200, 200, 403)));
        routes.add(new Route("GET /support-requests/{id}", s -> r -> r.get(s.path()), RoleMatrix.answers(200, 404, 200, 404, 200, 403)));
        routes.add(new Route("PATCH /support-requests/{id}", s -> r -> r.header("If-Match", Fixtures.etag(s.requestId()))
                .body(Map.of("status", "closed")).patch(s.path()), RoleMatrix.answers(200, 404, 403, 404, 409, 403)));
        routes.add(new Route("POST /support-requests/{id}/notes", s -> r -> r.body(Map.of("text", "Any news?"))
                .post(s.path() + "/notes"), RoleMatrix.answers(201, 404, 403, 404, 201, 403)));
        routes.add(new Route("GET /support-requests/{id}/notes", s -> r -> r.get(s.path() + "/notes"), RoleMatrix.answers(200, 404, 200, 404, 200, 403)));
        routes.add(new Route("GET /support-requests/{id}/timeline", s -> r -> r.get(s.path() + "/timeline"), RoleMatrix.answers(200, 404, 200, 404, 200, 403)));
        return routes;
    }

    @TestFactory
    @DisplayName("each route answers each caller as the role matrix says, with a problem body on refusal")
    Stream<DynamicTest> matrix() {
        return routes().stream().flatMap(route -> Stream.of(Caller.values()).map(caller -> {
            int expected = route.expected().get(caller);
            return DynamicTest.dynamicTest(route.name() + " as " + caller + " answers " + expected, () -> {
                UUID customerId = Fixtures.customerOf(stub, "contoso");
                Scenario scenario = new Scenario(customerId, Fixtures.request(customerId, "B"));
                var then = RoleMatrix.assertAnswer(
                        route.call().apply(scenario).apply(caller.request(scenario.customerId())), expected);
                if (expected == 403 && caller == Caller.CUSTOMER && route.name().contains("support-requests")) {
                    then.body("detail", containsString("Your partner files and manages support requests"));
                }
            });
        }));
    }
}
