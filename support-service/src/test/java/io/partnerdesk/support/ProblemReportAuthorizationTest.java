package io.partnerdesk.support;

import static org.hamcrest.Matchers.containsString;

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
import io.partnerdesk.testing.RoleMatrix;
import io.partnerdesk.testing.RoleMatrix.Caller;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every problem-report route against every kind of caller, each cell on a fresh report of a fresh contoso customer:
 * the other partner (fabrikam) and the other customer (Wingtip) get 404, engineers and operators no writes.
 */
@QuarkusTest
class ProblemReportAuthorizationTest {

    @InjectStub
    WireMockServer stub;

    record Route(String name, Function<UUID, Function<RequestSpecification, Response>> call,
            RoleMatrix.Expected expected) {
    }

    private static String etag(UUID reportId) {
        return ProblemReports.etag(Tokens.partner("contoso"), reportId);
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        // Wingtip is not a customer the stand-in knows: it has no partner to report to (404).
        routes.add(new Route("POST /problem-reports",
                id -> r -> r.body(ProblemReports.newReport("Matrix")).post(ProblemReports.PATH),
                RoleMatrix.expect().owningPartner(403).otherPartner(403).customer(201).otherCustomer(404)
                        .engineer(403).operator(403)));
        routes.add(new Route("GET /problem-reports", id -> r -> r.get(ProblemReports.PATH), RoleMatrix.expect()
                .owningPartner(200).otherPartner(200).customer(200).otherCustomer(200).engineer(403).operator(200)));
        routes.add(new Route("GET /problem-reports/{id}", id -> r -> r.get(ProblemReports.path(id)),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404)
                        .engineer(403).operator(200)));
        routes.add(new Route("PATCH /problem-reports/{id}",
                id -> r -> r.header("If-Match", etag(id)).body(Map.of("status", "inProgress"))
                        .patch(ProblemReports.path(id)),
                // The customer cannot take its own report: a 409 naming its moves (closed), not a role refusal.
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(409).otherCustomer(404)
                        .engineer(403).operator(403)));
        routes.add(new Route("POST /problem-reports/{id}/resolve",
                id -> r -> r.header("If-Match", etag(id)).body(Map.of("resolution", "Done"))
                        .post(ProblemReports.path(id) + "/resolve"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(403).otherCustomer(404)
                        .engineer(403).operator(403)));
        routes.add(new Route("POST /problem-reports/{id}/escalate",
                id -> r -> r.header("If-Match", etag(id)).body(ProblemReports.escalation(Fixtures.EXCHANGE_ONLINE))
                        .post(ProblemReports.path(id) + "/escalate"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(403).otherCustomer(404)
                        .engineer(403).operator(403)));
        routes.add(new Route("POST /problem-reports/{id}/notes",
                id -> r -> r.body(Map.of("text", "Any news?")).post(ProblemReports.path(id) + "/notes"),
                RoleMatrix.expect().owningPartner(201).otherPartner(404).customer(201).otherCustomer(404)
                        .engineer(403).operator(403)));
        routes.add(new Route("GET /problem-reports/{id}/notes", id -> r -> r.get(ProblemReports.path(id) + "/notes"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404)
                        .engineer(403).operator(200)));
        routes.add(new Route("GET /problem-reports/{id}/timeline",
                id -> r -> r.get(ProblemReports.path(id) + "/timeline"),
                RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(200).otherCustomer(404)
                        .engineer(403).operator(200)));
        return routes;
    }

    @TestFactory
    @DisplayName("each problem-report route answers each caller as the role matrix says, with a problem body on refusal")
    Stream<DynamicTest> matrix() {
        return routes().stream().flatMap(route -> Stream.of(Caller.values()).map(caller -> {
            int expected = route.expected().get(caller);
            return DynamicTest.dynamicTest(route.name() + " as " + caller + " answers " + expected, () -> {
                UUID customerId = Fixtures.customerOf(stub, "contoso");
                UUID reportId = ProblemReports.report(customerId);
                var then = RoleMatrix.assertAnswer(route.call().apply(reportId).apply(caller.request(customerId)),
                        expected);
                if (expected == 403 && caller == Caller.CUSTOMER) {
                    then.body("detail", containsString("partner"));
                }
            });
        }));
    }
}
