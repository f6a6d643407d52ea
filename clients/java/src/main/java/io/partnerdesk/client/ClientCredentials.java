package io.partnerdesk.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bearer tokens for a partner integration: the OAuth 2.0 client-credentials grant against the identity provider's
 * token endpoint, one token reused until shortly before it expires (every call would otherwise cost a round trip to
 * the identity provider, and the provider may throttle). Thread-safe; one instance per integration.
 */
public final class ClientCredentials implements Supplier<String> {

    /** A token is renewed this long before its {@code expires_in} ends, so that no call leaves with one about to expire. */
    static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    private String token;
    private Instant renewAt = Instant.MIN;

    public ClientCredentials(URI tokenEndpoint, String clientId, String clientSecret) {
        this(tokenEndpoint, clientId, clientSecret,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                Clock.systemUTC());
    }

    ClientCredentials(URI tokenEndpoint, String clientId, String clientSecret, HttpClient http, Clock clock) {
        this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.http = http;
        this.clock = clock;
    }

    /** The current access token, fetched or renewed when needed. */
    @Override
    public synchronized String get() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    private void fetch() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenException("token endpoint " + tokenEndpoint + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("interrupted while fetching a token", e);
        }
        if (response.statusCode() != 200) {
            // The body of a refusal names the OAuth error (invalid_client...), never the secret: safe to show.
            throw new TokenException("token endpoint answered " + response.statusCode() + ": " + response.body(), null);
        }
        try {
            JsonNode body = json.readTree(response.body());
            String accessToken = body.path("access_token").asText(null);
            if (accessToken == null || accessToken.isEmpty()) {
                throw new TokenException("token endpoint answered without an access_token", null);
            }
            long expiresIn = body.path("expires_in").asLong(60);
            token = accessToken;
            renewAt = clock.instant().plusSeconds(expiresIn).minus(EXPIRY_MARGIN);
        } catch (IOException e) {
            throw new TokenException("token endpoint answered with a body that is not JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The identity provider refused or could not be reached; the message says which. */
    public static final class TokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
