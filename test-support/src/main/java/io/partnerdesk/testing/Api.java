package io.partnerdesk.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a given caller, the way a partner integration sends them: bearer token, JSON both ways. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
