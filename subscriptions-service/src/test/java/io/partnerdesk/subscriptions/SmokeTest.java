package io.partnerdesk.subscriptions;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SmokeTest {

    @Test
    void offers() {
        Api.as(Tokens.partner("contoso")).get("/api/v1/offers").then().log().all().statusCode(200);
        Api.anonymous().get("/api/v1/offers").then().log().all().statusCode(401);
        Api.as(Tokens.forgedPartner("contoso")).get("/api/v1/offers").then().log().all().statusCode(401);
        Api.as(Tokens.customer(Tokens.TAILSPIN)).get("/api/v1/customers").then().log().all().statusCode(200);
        Api.as(Tokens.customer(Tokens.TAILSPIN)).get("/api/v1/nothing").then().log().all().statusCode(404);
        Api.as(Tokens.partner("contoso")).body("{\"companyName\":\"X\",\"id\":\"a\"}").post("/api/v1/customers").then().log().all().statusCode(400);
        Api.as(Tokens.partner("contoso")).body("{\"companyName\":\"X\"}").post("/api/v1/customers").then().log().all().statusCode(400);
        Api.as(Tokens.partner("contoso")).get("/q/openapi").then().log().body().statusCode(200);
    }
}
