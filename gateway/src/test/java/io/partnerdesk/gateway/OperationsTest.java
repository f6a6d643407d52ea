package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Health and metrics: on the management port (19480 in tests), never on the public one. */
@QuarkusTest
class OperationsTest {

    private static final String MANAGEMENT = "http://localhost:19480";

    @InjectStubs
    Stubs stubs;

    @Test
    @DisplayName("liveness is the gateway's own; readiness names each backend, and a dead one makes it DOWN")
    void health() {
        for (String name : new String[]{ "subscriptions", "support", "messagecenter", "flaky" }) {
            stubs.get(name).stubFor(get(urlEqualTo("/q/health/live")).willReturn(aResponse().withStatus(200)));
        }
        given().get(MANAGEMENT + "/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get(MANAGEMENT + "/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'backends' }.data.subscriptions", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.dead", equalTo("DOWN"));
    }

    @Test
    @DisplayName("metrics count requests per route and status on the management port; the public port has none")
    void metrics() {
        stubs.get("subscriptions").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
        Api.as(Tokens.partner("gw-metrics")).get("/api/v1/offers").then().statusCode(200);
        given().get(MANAGEMENT + "/q/metrics").then().statusCode(200)
                .body(containsString("gateway_requests_seconds_count{route=\"/api/v1/offers\",status=\"200\"}"));
        Api.as(Tokens.partner("gw-metrics")).get("/q/metrics").then().statusCode(404);
        Api.anonymous().get("/q/health").then().statusCode(404);
    }
}
