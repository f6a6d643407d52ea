package io.partnerdesk.messagecenter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.partnerdesk.testing.RoleMatrix;
import io.partnerdesk.testing.RoleMatrix.Caller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The acknowledgement routes against every kind of caller, each cell on a fresh message requiring action of a fresh
 * contoso customer: only that customer acknowledges, only its partner and operators read who has.
 */
@QuarkusTest
class AcknowledgementAuthorizationTest {

    @TenantDirectoryStub.InjectStub
    WireMockServer directory;

    record Route(String name, Function<UUID, Function<RequestSpecification, Response>> call,
            RoleMatrix.Expected expected) {
    }

    private static List<Route> routes() {
        return List.of(
                new Route("POST /messages/{id}/acknowledgement",
                        id -> r -> r.body(Map.of()).post("/api/v1/messages/" + id + "/acknowledgement"),
                        // Wingtip is not in the message's audience: it does not exist for Wingtip.
                        RoleMatrix.expect().owningPartner(403).otherPartner(403).customer(201).otherCustomer(404)
                                .engineer(403).operator(403)),
                new Route("GET /messages/{id}/acknowledgements",
                        id -> r -> r.get("/api/v1/messages/" + id + "/acknowledgements"),
                        RoleMatrix.expect().owningPartner(200).otherPartner(404).customer(403).otherCustomer(403)
                                .engineer(403).operator(200)),
                new Route("GET /messages?acknowledged=false",
                        id -> r -> r.queryParam("acknowledged", false).get("/api/v1/messages"),
                        RoleMatrix.expect().owningPartner(400).otherPartner(400).customer(200).otherCustomer(200)
                                .engineer(400).operator(400)));
    }

    @TestFactory
    @DisplayName("each acknowledgement route answers each caller as the role matrix says, with a problem body on refusal")
    Stream<DynamicTest> matrix() {
        return routes().stream().flatMap(route -> Stream.of(Caller.values()).map(caller -> {
            int expected = route.expected().get(caller);
            return DynamicTest.dynamicTest(route.name() + " as " + caller + " answers " + expected, () -> {
                UUID customerId = TenantDirectoryStub.addCustomer(directory, RoleMatrix.OWNING_PARTNER_ID,
                        "Matrix " + UUID.randomUUID());
                Map<String, Object> body = Fixtures.announcement("tenants", List.of(customerId.toString()));
                body.put("actionRequiredBy", Instant.now().plus(Duration.ofDays(10)).toString());
                UUID message = Fixtures.publish(body);
                RoleMatrix.assertAnswer(route.call().apply(message).apply(caller.request(customerId)), expected);
            });
        }));
    }
}
