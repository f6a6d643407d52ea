package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * While the identity provider cannot be reached, a token the gateway has not verified before cannot be checked: the
 * caller gets a 503 problem with Retry-After (it was a bare 500 from Quarkus's error handler), and no backend is called.
 */
@QuarkusTest
@TestProfile(IdentityProviderOutageTest.IdentityProviderAway.class)
class IdentityProviderOutageTest {

    public static final class IdentityProviderAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url",
                    "http://127.0.0.1:" + BackendStubs.closedPort() + "/realms/partnerdesk");
        }
    }

    @InjectStubs
    Stubs stubs;

    @Test
    @DisplayName("an unverifiable token while the identity provider is away: 503 problem with Retry-After, no backend call")
    void unavailableNotServerError() {
        stubs.get("subscriptions").resetAll();
        for (int i = 0; i < 2; i++) {
            Api.as(Tokens.partner("gw-idp-outage")).get("/api/v1/offers").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "10")
                    .body("type", endsWith("/service-unavailable"))
                    .body("detail", containsString("identity provider"))
                    .body("detail", not(containsString("127.0.0.1")));
        }
        stubs.get("subscriptions").verify(0, anyRequestedFor(anyUrl()));
        // Without a token it is still the caller's fault: 401, as always.
        Api.anonymous().get("/api/v1/offers").then().statusCode(401);
    }
}
