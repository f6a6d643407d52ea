package io.partnerdesk.e2e;

import static io.restassured.RestAssured.given;

/** Access tokens from the stack's real Keycloak, the way clients get them. */
public final class KeycloakTokens {

    private final String tokenEndpoint;

    public KeycloakTokens(String issuer) {
        this.tokenEndpoint = issuer + "/protocol/openid-connect/token";
    }

    /** A user's token through the public CLI client (password grant); every fixture's password is its user name. */
    public String user(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "partnerdesk-cli")
                .formParam("username", username).formParam("password", username)
                .post(tokenEndpoint).then().statusCode(200).extract().path("access_token");
    }

    /** A confidential client's token (client credentials), as a partner integration gets it. */
    public String client(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(tokenEndpoint).then().statusCode(200).extract().path("access_token");
    }
}
