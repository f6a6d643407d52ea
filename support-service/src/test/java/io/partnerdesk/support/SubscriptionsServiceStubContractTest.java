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
        return read(token, "/api/v1/customers/" + customer);
    }

    private Response read(String token, String path) {
        var request = given().baseUri("http://127.0.0.1").port(stub.port());
        if (token != null) {
            request.auth().oauth2(token);
        }
        Response response = request.get(path);
        CONTRACT.assertAllows(Request.Method.GET, path, response);
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

    @Test
    @DisplayName("GET /customers/{id}/support-contact: the profile or null, to the partner and the customer; 404 to others")
    void supportContactLikeTheRealService() {
        UUID customer = SubscriptionsServiceStub.addCustomer(stub, "contoso");
        String path = "/api/v1/customers/" + customer + "/support-contact";
        Response own = read(Tokens.customer(customer), path);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.jsonPath().getString("supportProfile.responseTarget")).isEqualTo("PT4H");
        assertThat(read(Tokens.partner("contoso"), path).statusCode()).isEqualTo(200);
        assertThat(read(Tokens.partner("fabrikam"), path).statusCode()).isEqualTo(404);
        assertThat(read(Tokens.customer(Tokens.WINGTIP), path).statusCode()).isEqualTo(404);
        assertThat(read(Tokens.engineer(), path).statusCode()).isEqualTo(403);
        assertThat(read(null, path).statusCode()).isEqualTo(401);
        UUID withoutProfile = SubscriptionsServiceStub.addCustomer(stub, "contoso", false);
        Response none = read(Tokens.customer(withoutProfile), "/api/v1/customers/" + withoutProfile
                + "/support-contact");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.jsonPath().getMap("$")).containsEntry("supportProfile", null);
    }

    @Test
    @DisplayName("GET /customers/{id}/subscriptions/{id}: 200 for the customer's own, 404 under another customer or unknown")
    void subscriptionLikeTheRealService() {
        UUID customer = SubscriptionsServiceStub.addCustomer(stub, "contoso");
        UUID subscription = SubscriptionsServiceStub.addSubscription(stub, customer, "contoso");
        String path = "/api/v1/customers/" + customer + "/subscriptions/" + subscription;
        assertThat(read(Tokens.customer(customer), path).statusCode()).isEqualTo(200);
        assertThat(read(Tokens.partner("contoso"), path).jsonPath().getString("customerId"))
                .isEqualTo(customer.toString());
        assertThat(read(Tokens.partner("fabrikam"), path).statusCode()).isEqualTo(404);
        UUID other = SubscriptionsServiceStub.addCustomer(stub, "contoso");
        assertThat(read(Tokens.customer(other), "/api/v1/customers/" + other + "/subscriptions/" + subscription)
                .statusCode()).isEqualTo(404);
        assertThat(read(Tokens.customer(customer), "/api/v1/customers/" + customer + "/subscriptions/"
                + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }
}
