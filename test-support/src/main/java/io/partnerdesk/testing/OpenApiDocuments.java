package io.partnerdesk.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Keeps a service's committed OpenAPI document ({@code openapi/<service>.yaml} at the repository root) in step with
 * what the service generates, and checks what every operation must document. Regenerate the committed copy with
 * {@code ./mvnw test -pl <service> -Dtest=OpenApiDocumentTest -Dopenapi.update=true}.
 */
public final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    public static void assertCommittedCopyMatches(String service) throws IOException {
        assertCommittedCopyMatches(service, "/q/openapi", Path.of("..", "openapi", service + ".yaml"));
    }

    /**
     * The internal document ({@code /q/openapi-internal}: operations marked {@code x-smallrye-profile-internal}, which
     * the gateway never routes), committed under {@code openapi/internal/}, apart from what integrators read.
     */
    public static void assertCommittedInternalCopyMatches(String service) throws IOException {
        assertCommittedCopyMatches(service, "/q/openapi-internal",
                Path.of("..", "openapi", "internal", service + ".yaml"));
    }

    private static void assertCommittedCopyMatches(String service, String servedAt, Path committed) throws IOException {
        String generated = given().get(servedAt + "?format=yaml").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated);
        }
        assertThat(committed).as("committed OpenAPI document; create it with -Dopenapi.update=true").exists();
        assertThat(Files.readString(committed))
                .as("%s is out of date: regenerate it with "
                        + "./mvnw test -pl %s -Dtest=OpenApiDocumentTest -Dopenapi.update=true and commit it",
                        committed,
                        service)
                .isEqualTo(generated);
    }

    /** Every operation has an operationId, a summary, a success response, 401 and 500, and problem bodies for errors. */
    public static void assertEveryOperationDocumented() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, raw) -> {
            if (!(raw instanceof Map<?, ?> operation) || method.equals("parameters")) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            assertThat(operation.get("operationId")).as("operationId of %s", where).isNotNull();
            assertThat(operation.get("summary")).as("summary of %s", where).isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.keySet()).as("responses of %s", where)
                    .anyMatch(status -> status.startsWith("2"))
                    .contains("401", "500");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(response.get("content").toString()).as("%s body of %s", status, where)
                            .contains("application/problem+json");
                }
            });
        }));
    }
}
