package io.partnerdesk.messagecenter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.model.Request;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.partnerdesk.testing.StubContract;
import io.partnerdesk.testing.Tokens;
import io.restassured.response.Response;

/** The stand-in for subscriptions-service's tenant directory answers as the real one, in its documented shapes. */
class TenantDirectoryStubContractTest {

    private static final StubContract CONTRACT = StubContract.internal("subscriptions-service");
    private static WireMockServer stub;

    @BeforeAll
    static void start() {
        stub = TenantDirectoryStub.started();
    }

    @AfterAll
    static void stop() {
        TenantDirectoryStub.stop(stub);
    }

    private Response read(String token, Map<String, ?> query) {
        var request = given().baseUri("http://127.0.0.1").port(stub.port()).queryParams(query);
        if (token != null) {
            request.auth().oauth2(token);
        }
        Response response = request.get(TenantDirectoryStub.PATH);
        CONTRACT.assertAllows(Request.Method.GET, TenantDirectoryStub.PATH, response);
        return response;
    }

    @Test
    @DisplayName("GET /internal/v1/customers: pages of customers to the service role, a partner's with partnerId; 401, 403")
    void listsLikeTheRealService() {
        var first = TenantDirectoryStub.addCustomer(stub, "contoso", "Tailspin Toys");
        var second = TenantDirectoryStub.addCustomer(stub, "contoso", "Wingtip Toys");
        var other = TenantDirectoryStub.addCustomer(stub, "fabrikam", "Northwind");
        Response page = read(Tokens.service(), Map.of("partnerId", "contoso", "limit", 1));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.jsonPath().getList("items.id")).containsExactly(first.toString());
        Response next = read(Tokens.service(), Map.of("partnerId", "contoso", "limit", 1, "cursor",
                page.jsonPath().getString("nextCursor")));
        assertThat(next.jsonPath().getList("items.id")).containsExactly(second.toString());
        assertThat(next.jsonPath().getString("nextCursor")).isNull();
        assertThat(read(Tokens.service(), Map.of()).jsonPath().getList("items.id")).contains(other.toString());
        assertThat(read(Tokens.partner("contoso"), Map.of()).statusCode()).isEqualTo(403);
        assertThat(read(null, Map.of()).statusCode()).isEqualTo(401);
    }
}
