package io.partnerdesk.testing.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The HTTP conventions every PartnerDesk service keeps, as a client meets them: one kit, run by each service's
 * {@code HttpConventionsTest} (a {@code @QuarkusTest} subclass that names a few of its own routes). Refused tokens,
 * request ids, 404/405/406/415/400/413 problems, and a 500 that shows nothing internal
 * ({@link FailingTestResource}).
 */
public abstract class HttpConventionsKit {

    private static final String PADDING = "x".repeat(70 * 1024);

    /** A list the {@link #reader()} may read. */
    protected abstract String readablePath();

    /** A token of a role that may read {@link #readablePath()}. */
    protected abstract String reader();

    /** A token of a role {@link #readablePath()} does not admit. */
    protected abstract String roleNotAdmitted();

    /** A route that lists and creates resources but has no DELETE. */
    protected abstract String collectionWithoutDelete();

    /** Where {@link #creator()} creates a resource with a JSON body. */
    protected abstract String creatingPath();

    protected abstract String creator();

    /** A valid creating body whose name (or title) is {@code name}. */
    protected abstract Map<String, Object> newResource(String name);

    @Test
    @DisplayName("no, expired, forged, foreign-issuer or foreign-audience tokens are 401 problems with a Bearer challenge")
    void refusedTokens() {
        for (String token : List.of(Tokens.expiredPartner("contoso"), Tokens.forgedPartner("contoso"),
                Tokens.partnerFromOtherIssuer("contoso"), Tokens.partnerForOtherAudience("contoso"), "not-a-jwt")) {
            Api.as(token).get(readablePath())
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401)).body("type", endsWith("/unauthorized"));
        }
        Api.anonymous().get(readablePath()).then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer")).body("detail", containsString("token"));
    }

    @Test
    @DisplayName("a role the route does not admit is a 403 problem")
    void wrongRole() {
        Api.as(roleNotAdmitted()).get(readablePath()).then().statusCode(403)
                .contentType("application/problem+json").body("type", endsWith("/forbidden"));
    }

    @Test
    @DisplayName("a caller's X-Request-Id is echoed and quoted in problems")
    void requestIdEchoed() {
        Api.as(reader()).header("X-Request-Id", "partner-trace-42").get(readablePath() + "/" + UUID.randomUUID())
                .then().statusCode(404).header("X-Request-Id", equalTo("partner-trace-42"))
                .body("requestId", equalTo("partner-trace-42"));
    }

    @Test
    @DisplayName("a missing or unsafe X-Request-Id is replaced by a generated one")
    void requestIdGenerated() {
        Api.as(reader()).get(readablePath()).then().statusCode(200).header("X-Request-Id", hasLength(36));
        Api.as(reader()).header("X-Request-Id", "bad id with spaces").get(readablePath())
                .then().header("X-Request-Id", hasLength(36)).header("X-Request-Id", not(containsString("bad")));
    }

    @Test
    @DisplayName("an unexpected failure is a 500 problem with the request id and nothing internal; the log has the cause and the id")
    void internalError() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // The MDC belongs to the request's context; keep a copy to read it later on the test thread.
                ((ExtLogRecord) record).copyMdc();
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String body = Api.as(reader()).header("X-Request-Id", "req-500-test").get("/test-only/failure")
                    .then().statusCode(500).contentType("application/problem+json")
                    .body("requestId", equalTo("req-500-test"))
                    .body("type", endsWith("/internal-error"))
                    .extract().asString();
            assertThat(body).doesNotContain("secret_table", "PSQL", "Exception", "java.", "at io.");
        } finally {
            root.removeHandler(capture);
        }
        assertThat(records).anySatisfy(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).hasMessageContaining("secret_table");
            assertThat(((ExtLogRecord) record).getMdc("requestId")).isEqualTo("req-500-test");
        });
    }

    @Test
    @DisplayName("an unknown path is a 404 problem")
    void unknownPath() {
        Api.as(reader()).get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    @DisplayName("a method the resource lacks is a 405 problem")
    void methodNotAllowed() {
        Api.as(creator()).delete(collectionWithoutDelete()).then().statusCode(405)
                .contentType("application/problem+json").body("status", equalTo(405))
                .body("detail", containsString("DELETE"));
    }

    @Test
    @DisplayName("asking for anything but JSON is a 406 problem")
    void notAcceptable() {
        Api.as(reader()).accept("text/html").get(readablePath()).then().statusCode(406)
                .contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    @DisplayName("a body that is not JSON is a 415 problem")
    void unsupportedMediaType() {
        RestAssured.given().auth().oauth2(creator()).contentType(ContentType.TEXT).accept(ContentType.JSON)
                .body("name=x").post(creatingPath())
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    @DisplayName("malformed JSON, or JSON that is not an object, is a 400 problem")
    void malformed() {
        Api.as(creator()).body("{\"name\": ").post(creatingPath())
                .then().statusCode(400).body("type", endsWith("/malformed-body"));
        Api.as(creator()).body("[1,2]").post(creatingPath())
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a body over 64 KiB is a 413 problem and nothing is created")
    void tooLarge() {
        String marker = "too-large-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(newResource(marker + PADDING));
        Api.as(creator()).body(body).post(creatingPath())
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large")).body("requestId", notNullValue());
        assertThat(Api.allItems(creator(), creatingPath()))
                .noneSatisfy(item -> assertThat(item.toString()).contains(marker));
    }

    @Test
    @DisplayName("a body over 64 KiB streamed without Content-Length is refused with 413 too")
    void tooLargeChunked() throws Exception {
        byte[] huge = ("{\"name\": \"" + PADDING + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest
                .newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + creatingPath()))
                .header("Authorization", "Bearer " + creator())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();
        // HTTP/1.1, as the gateway speaks to services. (The JDK client's h2c upgrade races the 413's connection
        // close and fails on the client side now and then, which says nothing about the service.)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    }
}
