package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.OidcTestServer.InjectKeySet;
import io.partnerdesk.testing.OidcTestServer.KeySet;
import io.partnerdesk.testing.TestKeys;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class KeyRotationTest {

    private static final String NEW_KID = "partnerdesk-test-rotated";

    @InjectKeySet
    KeySet keySet;

    @InjectStubs
    Stubs stubs;

    @AfterEach
    void restoreKeys() {
        keySet.publish(TestKeys.jwks());
    }

    @Test
    @DisplayName("after the identity provider rotates in a new key, tokens signed with it are accepted (unknown kid refreshes the key set)")
    void rotation() throws InterruptedException {
        stubs.get("subscriptions").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
        String rotated = Tokens.claims("contoso-admin", "partner").claim("partner_id", "gw-rotation")
                .jws().keyId(NEW_KID).sign(TestKeys.foreignKey());
        Api.as(rotated).get("/api/v1/offers").then().statusCode(401);

        Map<String, java.security.interfaces.RSAPrivateCrtKey> keys = new LinkedHashMap<>();
        keys.put(TestKeys.KEY_ID, TestKeys.signingKey());
        keys.put(NEW_KID, TestKeys.foreignKey());
        keySet.publish(TestKeys.jwks(keys));
        // Refreshes on unknown kids are rate-limited (1 s in tests): the first call after the one the refused token
        // caused fetches the new key set and is accepted.
        Awaitility.await("the new key fetched").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.as(rotated).get("/api/v1/offers").statusCode() == 200);
        Api.as(Tokens.partner("gw-rotation")).get("/api/v1/offers").then().statusCode(200);
    }
}
