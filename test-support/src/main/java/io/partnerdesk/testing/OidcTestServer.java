package io.partnerdesk.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A minimal OpenID provider for service tests: discovery document and JWKS with the public half of
 * {@link TestKeys#signingKey()}, on 127.0.0.1 and a free port. Tokens come from {@link Tokens}; the service checks
 * them exactly as it checks Keycloak's (signature, issuer, audience, expiry). Its token endpoint answers a
 * client-credentials grant of the services' client and secret with a {@link Tokens#service()} token, for the services'
 * outbox relays, and refuses any other client or secret as Keycloak does.
 */
public class OidcTestServer implements QuarkusTestResourceLifecycleManager {

    /** Marks a test field of type {@link KeySet} that receives control over the published keys. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.FIELD)
    public @interface InjectKeySet {
    }

    /** The published key set, for tests of key rotation. */
    public static final class KeySet {
        private final WireMockServer server;

        KeySet(WireMockServer server) {
            this.server = server;
        }

        /** Publishes {@code jwks} (see {@link TestKeys#jwks(java.util.Map)}) in place of the current key set. */
        public void publish(String jwks) {
            server.stubFor(get(urlEqualTo(JWKS_PATH))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(jwks)));
        }
    }

    private static final String JWKS_PATH = "/realms/partnerdesk/protocol/openid-connect/certs";
    private static final String TOKEN_PATH = "/realms/partnerdesk/protocol/openid-connect/token";
    /** The client and secret the services' test profile uses (outbox's microprofile-config.properties). */
    public static final String SERVICE_CLIENT_ID = "partnerdesk-services";
    public static final String SERVICE_CLIENT_SECRET = "test-secret";

    private WireMockServer server;

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(new KeySet(server),
                new TestInjector.AnnotatedAndMatchesType(InjectKeySet.class, KeySet.class));
    }

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
        new KeySet(server).publish(TestKeys.jwks());
        // As Keycloak: the service token only for the services' client with its secret (client_secret_basic, the
        // OIDC client's default); any other client or secret is 401 invalid_client.
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).atPriority(1)
                .withBasicAuth(SERVICE_CLIENT_ID, SERVICE_CLIENT_SECRET)
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"access_token": "%s", "token_type": "Bearer", "expires_in": 300}"""
                        .formatted(Tokens.service()))));
        server.stubFor(post(urlEqualTo(TOKEN_PATH)).atPriority(10)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(
                        """
                                {"error": "invalid_client", "error_description": "Invalid client or Invalid client credentials"}""")));
        return Map.of(
                "quarkus.oidc.auth-server-url", base,
                "quarkus.oidc-client.auth-server-url", base,
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
