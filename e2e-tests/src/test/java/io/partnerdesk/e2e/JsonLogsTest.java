package io.partnerdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.localstack.LocalSuite;

/**
 * The suite's processes run in the prod profile, as in compose: each log line is one JSON object a collector can read,
 * the gateway's access line keeps the caller and request id, and no line carries the bearer token.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("prod-profile logs are JSON lines; the access line names caller and request id, never the token")
    void prodLogsAreJsonLines(LocalSuite suite) throws IOException {
        String token = new KeycloakTokens(suite.issuer()).client("contoso-integration", "contoso-integration-secret");
        String requestId = UUID.randomUUID().toString();

        Fixtures.viaGateway(suite, token).header("X-Request-Id", requestId).get("/api/v1/offers").then()
                .statusCode(200);

        // Written by an async handler: the gateway's access line, and the service's line for the same request id.
        JsonNode access = Awaitility.await("the gateway's access line").atMost(Duration.ofSeconds(10))
                .until(() -> line(suite, "gateway", requestId), Optional::isPresent).orElseThrow();
        assertThat(access.path("level").asText()).isEqualTo("INFO");
        assertThat(access.path("loggerName").asText()).isEqualTo("io.quarkus.http.access-log");
        assertThat(access.at("/mdc/traceId").asText()).matches("[0-9a-f]{32}");
        assertThat(access.path("timestamp").asText()).isNotBlank();
        assertThat(access.path("message").asText()).contains("GET /api/v1/offers", "status=200",
                "requestId=" + requestId, "caller=partner:contoso");

        for (String part : List.of("gateway", "subscriptions-service", "support-service", "messagecenter-service")) {
            String log = Files.readString(suite.logFile(part));
            assertThat(log).as("%s's log", part).doesNotContain(token);
            for (String line : log.lines().filter(l -> l.startsWith("{")).toList()) {
                JsonNode parsed = JSON.readTree(line);
                assertThat(parsed.path("message").isMissingNode()).as("a %s line: %s", part, line).isFalse();
            }
            assertThat(log.lines().filter(l -> l.startsWith("{")).count()).as("%s's JSON lines", part).isPositive();
            assertThat(log.lines().filter(l -> l.matches("^\\d{4}-\\d\\d-\\d\\d \\d\\d:.*")).count())
                    .as("%s's text-format lines", part).isZero();
        }
    }

    private static Optional<JsonNode> line(LocalSuite suite, String part, String requestId) throws IOException {
        for (String line : Files.readAllLines(suite.logFile(part))) {
            if (line.startsWith("{") && line.contains(requestId)) {
                JsonNode parsed = JSON.readTree(line);
                if (parsed.path("message").asText().contains("route=")) {
                    return Optional.of(parsed);
                }
            }
        }
        return Optional.empty();
    }
}
