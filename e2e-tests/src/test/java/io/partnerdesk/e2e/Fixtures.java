package io.partnerdesk.e2e;

import static io.restassured.RestAssured.given;

import io.partnerdesk.localstack.LocalSuite;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The seeded data the end-to-end classes rely on, and the one way they call the gateway. */
final class Fixtures {

    /** Tailspin Toys, contoso's customer (seeded by subscriptions-service; tenant of tailspin-admin). */
    static final String TAILSPIN = "11111111-1111-4111-8111-111111111111";
    static final String WINGTIP = "22222222-2222-4222-8222-222222222222";
    static final String OFFICE_365_E3 = "6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02";
    static final String EXCHANGE_ONLINE_TOPIC = "7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e01";

    private Fixtures() {
    }

    /** A JSON request through the suite's gateway with {@code token}, as a partner integration makes it. */
    static RequestSpecification viaGateway(LocalSuite suite, String token) {
        return given().baseUri("http://localhost").port(suite.ports().gateway()).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
