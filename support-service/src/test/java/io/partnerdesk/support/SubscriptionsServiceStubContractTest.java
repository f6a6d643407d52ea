package io.partnerdesk.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.model.Request;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.partnerdesk.testing.StubContract;
import io.partnerdesk.testing.Tokens;
import io.restassured.response.Response;

/** The stand-in for subscriptions-service answers as the real one: the statuses it gives, in its documented shapes. */
class SubscriptionsServiceStubContractTest {

    private static final StubContract CONTRACT = StubContract.of("subscriptions-service");
    private static WireMockServer stub;

    @BeforeAll
    static void start() {
        stub = SubscriptionsServiceStub.started();
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    private Response read(String token, UUID customer) {
        var request = given().baseUri("http://127.0.0.1").port(stub.port());
        if (token != null) {
            request.auth().oauth2(token);
        }
        Response response = request.get("/api/v1/customers/" + customer);
        CONTRACT.assertAllows(Request.Method.GET, "/api/v1/customers/" + customer, response);
        return response;
    }

    @Test
    @DisplayName("GET /customers/{id}: 200 to the owning partner and the customer itself, 404 to others, 401, 403")
    void readsLikeTheRealService() {
        UUID customer = SubscriptionsServiceStub.addCustomer(stub, "contoso");
        assertThat(read(Tokens.partner("contoso"), customer).statusCode()).isEqualTo(200);
        assertThat(read(Tokens.partner("contoso"), customer).jsonPath().getString("partnerId")).isEqualTo("contoso");
        assertThat(read(Tokens.customer(customer), customer).statusCode()).isEqualTo(200);
        assertThat(read(Tokens.partner("fabrikam"), customer).statusCode()).isEqualTo(404);
        assertThat(read(Tokens.customer(Tokens.WINGTIP), customer).statusCode()).isEqualTo(404);
        assertThat(read(Tokens.partner("contoso"), UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(read(Tokens.engineer(), customer).statusCode()).isEqualTo(403);
        Response anonymous = read(null, customer);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
