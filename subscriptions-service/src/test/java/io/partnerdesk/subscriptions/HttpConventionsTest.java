package io.partnerdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The shared HTTP conventions as a client meets them on this service. */
@QuarkusTest
class HttpConventionsTest {

    private static final String PARTNER = Tokens.partner("contoso");

    @Nested
    class Authentication {

        @Test
        @DisplayName("no, expired, forged, foreign-issuer or foreign-audience tokens are 401 problems with a Bearer challenge")
        void refused() {
            for (String token : List.of(Tokens.expiredPartner("contoso"), Tokens.forgedPartner("contoso"),
                    Tokens.partnerFromOtherIssuer("contoso"), Tokens.partnerForOtherAudience("contoso"), "not-a-jwt")) {
                Api.as(token).get("/api/v1/customers")
                        .then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", containsString("Bearer"))
                        .body("status", equalTo(401)).body("type", endsWith("/unauthorized"));
            }
            Api.anonymous().get("/api/v1/customers").then().statusCode(401)
                    .header("WWW-Authenticate", equalTo("Bearer")).body("detail", containsString("token"));
        }

        @Test
        @DisplayName("a role the route does not admit is a 403 problem")
        void wrongRole() {
            Api.as(Tokens.engineer()).get("/api/v1/customers").then().statusCode(403)
                    .contentType("application/problem+json").body("type", endsWith("/forbidden"));
        }
    }

    @Nested
    class RequestIds {

        @Test
        @DisplayName("a caller's X-Request-Id is echoed and quoted in problems")
        void echoed() {
            Api.as(PARTNER).header("X-Request-Id", "partner-trace-42").get("/api/v1/customers/" + java.util.UUID.randomUUID())
                    .then().statusCode(404).header("X-Request-Id", equalTo("partner-trace-42"))
                    .body("requestId", equalTo("partner-trace-42"));
        }

        @Test
        @DisplayName("a missing or unsafe X-Request-Id is replaced by a generated one")
        void generated() {
            Api.as(PARTNER).get("/api/v1/offers").then().statusCode(200).header("X-Request-Id", hasLength(36));
            Api.as(PARTNER).header("X-Request-Id", "bad id with spaces").get("/api/v1/offers")
                    .then().header("X-Request-Id", hasLength(36)).header("X-Request-Id", not(containsString("bad")));
        }
    }

    @Nested
    class BehindTheGateway {

        @Test
        @DisplayName("Location names the host the gateway was called on (X-Forwarded-Host/Proto)")
        void location() {
            Api.as(PARTNER).header("X-Forwarded-Host", "api.partnerdesk.example").header("X-Forwarded-Proto", "https")
                    .body(Map.of("companyName", "Adatum", "domain", Fixtures.uniqueDomain(), "billingEmail", "a@b.cn"))
                    .post("/api/v1/customers")
                    .then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.startsWith("https://api.partnerdesk.example/api/v1/customers/"));
        }
    }

    @Nested
    class Errors {

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
                String body = Api.as(PARTNER).header("X-Request-Id", "req-500-test").get("/test-only/failure")
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
            Api.as(PARTNER).get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                    .body("instance", equalTo("/api/v1/nothing-here"));
        }

        @Test
        @DisplayName("a method the resource lacks is a 405 problem")
        void methodNotAllowed() {
            Api.as(PARTNER).delete("/api/v1/offers").then().statusCode(405).contentType("application/problem+json")
                    .body("status", equalTo(405)).body("detail", containsString("DELETE"));
        }

        @Test
        @DisplayName("asking for anything but JSON is a 406 problem")
        void notAcceptable() {
            Api.as(PARTNER).accept("text/html").get("/api/v1/offers").then().statusCode(406)
                    .contentType("application/problem+json").body("status", equalTo(406));
        }

        @Test
        @DisplayName("a body that is not JSON is a 415 problem")
        void unsupportedMediaType() {
            RestAssured.given().auth().oauth2(PARTNER).contentType(ContentType.TEXT).accept(ContentType.JSON)
                    .body("companyName=x").post("/api/v1/customers")
                    .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        }

        @Test
        @DisplayName("malformed JSON is a 400 problem; a value of the wrong type names its field")
        void malformed() {
            Api.as(PARTNER).body("{\"companyName\": ").post("/api/v1/customers")
                    .then().statusCode(400).body("type", endsWith("/malformed-body"));
            Api.as(PARTNER).body("[1,2]").post("/api/v1/customers")
                    .then().statusCode(400).contentType("application/problem+json");
            java.util.UUID customer = Fixtures.customer("contoso");
            Api.as(PARTNER).body(Map.of("offerId", Fixtures.OFFICE_365_E3.toString(), "quantity", "ten",
                    "billingCycle", "annual", "autoRenewEnabled", true, "friendlyName", "x"))
                    .post(Fixtures.subscriptionsPath(customer))
                    .then().statusCode(400).body("violations[0].field", equalTo("quantity"));
            Api.as(PARTNER).body(Map.of("offerId", "not-a-uuid", "quantity", 1,
                    "billingCycle", "annual", "autoRenewEnabled", true, "friendlyName", "x"))
                    .post(Fixtures.subscriptionsPath(customer))
                    .then().statusCode(400).body("violations[0].field", equalTo("offerId"));
        }

        @Test
        @DisplayName("a body over 64 KiB is a 413 problem and nothing is created")
        void tooLarge() {
            String huge = "x".repeat(70 * 1024);
            String domain = Fixtures.uniqueDomain();
            Api.as(PARTNER).body(Map.of("companyName", huge, "domain", domain, "billingEmail", "a@b.cn"))
                    .post("/api/v1/customers")
                    .then().statusCode(413).contentType("application/problem+json")
                    .body("type", endsWith("/payload-too-large")).body("requestId", notNullValue());
            Api.as(PARTNER).queryParam("domain", domain).get("/api/v1/customers").then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.hasSize(0));
        }

        @Test
        @DisplayName("a body over 64 KiB streamed without Content-Length is refused with 413 too")
        void tooLargeChunked() throws Exception {
            byte[] huge = ("{\"companyName\": \"" + "x".repeat(70 * 1024) + "\"}").getBytes();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/customers"))
                    .header("Authorization", "Bearer " + PARTNER)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                    .build();
            // HTTP/1.1, as the gateway speaks to services. (The JDK client's h2c upgrade races the 413's connection
            // close and fails on the client side now and then, which says nothing about the service.)
            var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
            var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
        }
    }
}
