package io.partnerdesk.benchmarks.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from the stack's Keycloak for the realm's {@code contoso-integration} client (client credentials,
 * partner {@code contoso}): what a partner's integration holds. Each request for a token gets a new one, signed by
 * Keycloak, with its own {@code jti}.
 */
public final class KeycloakTokens {

    static final String CLIENT_ID = "contoso-integration";
    /** The client's secret in deploy/keycloak/partnerdesk-realm.json (local realm only). */
    static final String CLIENT_SECRET = "contoso-integration-secret";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI tokenEndpoint;

    public KeycloakTokens(String issuer) {
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
    }

    /** One new token. */
    public String token() {
        return tokenFor("grant_type=client_credentials&client_id=" + encode(CLIENT_ID) + "&client_secret="
                + encode(CLIENT_SECRET));
    }

    /**
     * A new token of a development user of the realm (password grant of the public {@code partnerdesk-cli} client; the
     * fixture users' passwords are their names), e.g. {@code tailspin-admin}, a customer user of Tailspin Toys.
     */
    public String userToken(String username) {
        return tokenFor("grant_type=password&client_id=partnerdesk-cli&username=" + encode(username) + "&password="
                + encode(username));
    }

    private String tokenFor(String form) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak answered HTTP " + response.statusCode() + " for a token");
            }
            JsonNode body = json.readTree(response.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("No token from " + tokenEndpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while getting a token", e);
        }
    }

    /** {@code count} distinct new tokens, fetched four at a time. */
    public List<String> fresh(int count) {
        ExecutorService fetchers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> pending = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                pending.add(fetchers.submit(this::token));
            }
            List<String> tokens = new ArrayList<>(count);
            for (Future<String> token : pending) {
                tokens.add(token.get());
            }
            return tokens;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while getting tokens", e);
        } finally {
            fetchers.shutdownNow();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
