package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.TestKeys;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Every kind of bad token is a 401 problem with a Bearer challenge, and the backend receives nothing. */
@QuarkusTest
class AuthenticationTest {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @InjectStubs
    Stubs stubs;

    @BeforeEach
    void backendAnswers() {
        stubs.get("subscriptions").resetAll();
        stubs.get("subscriptions").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    private static String payload() {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE + "\",\"sub\":\"attacker\","
                + "\"groups\":[\"partner\"],\"partner_id\":\"contoso\",\"iat\":" + now + ",\"exp\":" + (now + 600)
                + "}";
    }

    private static String unsigned() {
        return B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The classic key-confusion forgery: HMAC-SHA256 keyed with the RSA public key the server trusts. */
    private static String hs256WithPublicKey() throws Exception {
        var publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                TestKeys.signingKey().getModulus(), TestKeys.signingKey().getPublicExponent()));
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        String signingInput = B64
                .encodeToString(("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + TestKeys.KEY_ID + "\"}")
                        .getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(payload().getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String tampered() {
        String[] parts = Tokens.partner("fabrikam").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"fabrikam\"", "\"contoso\"");
        return parts[0] + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static Map<String, String> badTokens() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("malformed", "not.a.jwt");
        tokens.put("expired", Tokens.expiredPartner("contoso"));
        tokens.put("not yet valid", Tokens.claims("contoso-admin", "partner").claim("partner_id", "contoso")
                .claim("nbf", Instant.now().plusSeconds(3600).getEpochSecond())
                .jws().keyId(TestKeys.KEY_ID).sign(TestKeys.signingKey()));
        tokens.put("wrong issuer", Tokens.partnerFromOtherIssuer("contoso"));
        tokens.put("wrong audience", Tokens.partnerForOtherAudience("contoso"));
        tokens.put("alg none", unsigned());
        tokens.put("HS256 keyed with the public key", hs256WithPublicKey());
        tokens.put("unknown kid", Tokens.claims("contoso-admin", "partner").claim("partner_id", "contoso")
                .jws().keyId("rotated-away-key").sign(TestKeys.foreignKey()));
        tokens.put("signed by another key", Tokens.forgedPartner("contoso"));
        tokens.put("claims changed after signing", tampered());
        return tokens;
    }

    @TestFactory
    @DisplayName("a bad token is a 401 problem with a Bearer challenge and the backend sees no request")
    java.util.stream.Stream<DynamicTest> badTokensRefused() throws Exception {
        return badTokens().entrySet().stream()
                .map(bad -> DynamicTest.dynamicTest(bad.getKey() + " token is refused", () -> {
                    Api.as(bad.getValue()).get("/api/v1/offers").then().statusCode(401)
                            .contentType("application/problem+json")
                            .header("WWW-Authenticate", containsString("Bearer"))
                            .body("status", equalTo(401)).body("type", endsWith("/unauthorized"));
                    Api.as(bad.getValue()).body("{}").post("/api/v1/customers").then().statusCode(401);
                    // Unknown paths too, inside and outside /api: the same problem, and no hint of the route table.
                    for (String path : new String[]{ "/api/v1/nothing", "/nothing" }) {
                        Api.as(bad.getValue()).get(path).then().statusCode(401)
                                .contentType("application/problem+json")
                                .header("WWW-Authenticate", containsString("Bearer"))
                                .body("type", endsWith("/unauthorized"));
                    }
                    stubs.get("subscriptions").verify(0, anyRequestedFor(anyUrl()));
                }));
    }

    @Test
    @DisplayName("no token at all is a 401 problem with a plain Bearer challenge, on API paths and unknown paths alike")
    void noToken() {
        for (String path : new String[]{ "/api/v1/offers", "/api/v1/nothing", "/internal/v1/events" }) {
            Api.anonymous().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"));
        }
        stubs.get("subscriptions").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("a valid token passes")
    void validToken() {
        Api.as(Tokens.partner("gw-auth")).get("/api/v1/offers").then().statusCode(200);
    }
}
