package io.partnerdesk.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

/** The stand-in for messagecenter-service's service health answers as the real one, in its documented shapes. */
class MessageCenterStubContractTest {

    private static final StubContract CONTRACT = StubContract.of("messagecenter-service");
    private static WireMockServer stub;

    @BeforeAll
    static void start() {
        stub = MessageCenterStub.started();
    }

    @AfterAll
    static void stop() {
        MessageCenterStub.stop(stub);
    }

    private Response read(String token, String path, Map<String, ?> query) {
        var request = given().baseUri("http://127.0.0.1").port(stub.port()).queryParams(query);
        if (token != null) {
            request.auth().oauth2(token);
        }
        Response response = request.get(path);
        CONTRACT.assertAllows(Request.Method.GET, path, response);
        return response;
    }

    @Test
    @DisplayName("GET /service-health/issues: the open issues of a service, to every role; 401 without a token")
    void listsLikeTheRealService() {
        String service = "Service " + UUID.randomUUID();
        UUID open = MessageCenterStub.openIssue(stub, service, "Mail delayed");
        UUID resolved = MessageCenterStub.openIssue(stub, service, "Old");
        MessageCenterStub.resolve(stub, resolved);
        Map<String, ?> query = Map.of("service", service, "resolved", false, "limit", 20);
        for (String token : new String[]{ Tokens.partner("contoso"), Tokens.engineer(),
                Tokens.customer(Tokens.TAILSPIN) }) {
            Response page = read(token, "/api/v1/service-health/issues", query);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.jsonPath().getList("items.id")).containsExactly(open.toString());
        }
        assertThat(read(null, "/api/v1/service-health/issues", query).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("GET /service-health/issues/{id}: the issue with its ETag; 404 with a problem for an unknown one")
    void readsLikeTheRealService() {
        UUID issue = MessageCenterStub.openIssue(stub, "Exchange Online", "Mail delayed");
        Response one = read(Tokens.partner("contoso"), "/api/v1/service-health/issues/" + issue, Map.of());
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.jsonPath().getString("title")).isEqualTo("Mail delayed");
        assertThat(read(Tokens.partner("contoso"), "/api/v1/service-health/issues/" + UUID.randomUUID(), Map.of())
                .statusCode()).isEqualTo(404);
    }
}
