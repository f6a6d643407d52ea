package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.gateway.BackendStubs.InjectStubs;
import io.partnerdesk.gateway.BackendStubs.Stubs;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoutingTest {

    private static final String TOKEN = Tokens.partner("gw-routing");

    @InjectStubs
    Stubs stubs;

    @BeforeEach
    void backendsAnswer() {
        for (String name : new String[]{ "subscriptions", "support", "messagecenter" }) {
            stubs.get(name).resetAll();
            stubs.get(name).stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withHeader("Server", "Quarkus/leaky")
                    .withHeader("Cache-Control", "public, max-age=3600")
                    .withBody("{\"backend\": \"" + name + "\"}")));
        }
    }

    @Test
    @DisplayName("each prefix of the table (and the requests of a health issue, by pattern) reaches its backend with path and query unchanged")
    void table() {
        Map<String, String> table = Map.of("/api/v1/offers", "subscriptions", "/api/v1/customers/42/subscriptions",
                "subscriptions", "/api/v1/change-requests", "subscriptions", "/api/v1/support-topics", "support",
                "/api/v1/support-requests/7/notes", "support", "/api/v1/problem-reports/7/notes", "support",
                "/api/v1/messages", "messagecenter", "/api/v1/service-health/issues", "messagecenter",
                "/api/v1/service-health/issues/0b1e/support-requests", "support",
                "/api/v1/operations/messagecenter/outbox-events", "messagecenter");
        table.forEach((path, backend) -> {
            Api.as(TOKEN).queryParam("limit", 5).get(path).then().statusCode(200).body("backend", equalTo(backend));
            stubs.get(backend).verify(getRequestedFor(urlEqualTo(path + "?limit=5")));
        });
    }

    @Test
    @DisplayName("unknown /api paths, /internal and the backends' /q are 404 problems, and no backend is called")
    void notRouted() {
        for (String path : new String[]{ "/api/v1/nothing", "/api/v1/offersX", "/api/v2/offers", "/internal/v1/events",
                "/q/health", "/q/metrics", "/q/openapi", "/" }) {
            Api.as(TOKEN).get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", endsWith("/not-found"));
        }
        Api.as(TOKEN).body("{}").post("/internal/v1/events").then().statusCode(404);
        for (String name : new String[]{ "subscriptions", "support", "messagecenter" }) {
            stubs.get(name).verify(0, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    @DisplayName("Authorization is forwarded unchanged, X-Forwarded-* are set, hop-by-hop headers are stripped")
    void requestHeaders() {
        Api.as(TOKEN).header("Connection", "keep-alive, X-Secret-Hop").header("Keep-Alive", "timeout=5")
                .header("X-Request-Id", "trace-gw-1").body("{\"a\": 1}").post("/api/v1/customers").then()
                .statusCode(200);
        stubs.get("subscriptions").verify(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlEqualTo("/api/v1/customers"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + TOKEN))
                .withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("trace-gw-1"))
                .withHeader("X-Forwarded-For", matching("127\\.0\\.0\\.1.*"))
                .withHeader("X-Forwarded-Proto", com.github.tomakehurst.wiremock.client.WireMock.equalTo("http"))
                .withHeader("X-Forwarded-Host", matching(".+"))
                .withHeader("Keep-Alive", absent())
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"a\": 1}")));
    }

    @Test
    @DisplayName("responses carry nosniff, no-store and the request id, and no server version")
    void responseHygiene() {
        var response = Api.as(TOKEN).get("/api/v1/offers").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").extract();
        assertThat(response.header("Server")).isNull();
        assertThat(response.header("X-Request-Id")).hasSize(36);
        Api.as(TOKEN).header("X-Request-Id", "partner-trace-9").get("/api/v1/offers").then()
                .header("X-Request-Id", "partner-trace-9");
        // The gateway's own refusals too, each header once.
        var refused = Api.anonymous().get("/api/v1/offers").then().statusCode(401).extract();
        assertThat(refused.headers().getValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(refused.headers().getValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().getValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    @DisplayName("TRACE is refused with 405")
    void trace() {
        Api.as(TOKEN).request("TRACE", "/api/v1/offers").then().statusCode(405);
        stubs.get("subscriptions").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("a body over the limit is 413 before the backend sees it; the limit is configurable per route")
    void bodyLimit() {
        Api.as(TOKEN).body("{\"x\": \"" + "a".repeat(70 * 1024) + "\"}").post("/api/v1/customers")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"));
        Api.as(TOKEN).body("{\"x\": \"" + "a".repeat(2 * 1024) + "\"}").post("/api/v1/service-health/issues")
                .then().statusCode(413).body("detail", org.hamcrest.Matchers.containsString("1024"));
        Api.as(TOKEN).body("{\"x\": \"" + "a".repeat(2 * 1024) + "\"}").post("/api/v1/messages").then().statusCode(200);
        stubs.get("subscriptions").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("a body streamed without Content-Length is cut at the limit and answered 413; a small one passes")
    void streamedBodyLimit() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (int size : new int[]{ 70 * 1024, 2 * 1024 }) {
            byte[] body = ("{\"x\": \"" + "a".repeat(size) + "\"}").getBytes();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/api/v1/customers"))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers
                            .ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                    .build();
            var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            if (size > 64 * 1024) {
                assertThat(response.statusCode()).isEqualTo(413);
                assertThat(response.body()).contains("payload-too-large");
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    @DisplayName("the three API documents and the Swagger UI are public")
    void docs() {
        for (String service : new String[]{ "subscriptions-service", "support-service", "messagecenter-service" }) {
            Api.anonymous().accept("*/*").get("/openapi/" + service + ".yaml").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("openapi: 3"));
        }
        Api.anonymous().accept("*/*").get("/swagger-ui/").then().statusCode(200);
    }
}
