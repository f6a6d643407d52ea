package io.partnerdesk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A minimal OpenID provider for service tests: discovery document and JWKS with the public half of
 * {@link TestKeys#signingKey()}, on 127.0.0.1 and a free port. Tokens come from {@link Tokens}; the service checks
 * them exactly as it checks Keycloak's (signature, issuer, audience, expiry).
 */
public class OidcTestServer implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        String base = "http://127.0.0.1:" + server.port() + "/realms/partnerdesk";
        server.stubFor(get(urlEqualTo("/realms/partnerdesk/.well-known/openid-configuration"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"issuer": "%s", "jwks_uri": "%s/protocol/openid-connect/certs",
                         "token_endpoint": "%s/protocol/openid-connect/token",
                         "id_token_signing_alg_values_supported": ["RS256"]}""".formatted(Tokens.ISSUER, base, base))));
        server.stubFor(get(urlEqualTo("/realms/partnerdesk/protocol/openid-connect/certs"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TestKeys.jwks())));
        return Map.of(
                "quarkus.oidc.auth-server-url", base,
                "quarkus.oidc.token.issuer", Tokens.ISSUER,
                "quarkus.oidc.token.audience", Tokens.AUDIENCE);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
