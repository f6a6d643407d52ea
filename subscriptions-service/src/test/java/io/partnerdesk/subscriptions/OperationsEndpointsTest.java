package io.partnerdesk.subscriptions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** What operators and orchestrators read: health and Prometheus metrics (not routed by the gateway). */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    @DisplayName("readiness is UP and includes the database connection")
    void health() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    @DisplayName("Prometheus metrics count HTTP requests per route and status")
    void metrics() {
        Api.as(Tokens.partner("contoso")).get("/api/v1/offers").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/offers\""));
    }
}
