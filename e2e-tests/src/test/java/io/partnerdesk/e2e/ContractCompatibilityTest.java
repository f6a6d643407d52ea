package io.partnerdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;

/**
 * No silent breaking change: each public document against its released baseline ({@code openapi/released/}). An
 * incompatible change fails with openapi-diff's report, unless the document's major version was raised.
 */
class ContractCompatibilityTest {

    private static final Path OPENAPI = Path.of("..", "openapi").toAbsolutePath().normalize();

    @ParameterizedTest(name = "{0} stays compatible with its released document")
    @ValueSource(strings = { "subscriptions-service", "support-service", "messagecenter-service" })
    void compatibleWithTheReleasedDocument(String service) throws IOException {
        Path released = OPENAPI.resolve("released/" + service + ".yaml");
        Path current = OPENAPI.resolve(service + ".yaml");
        ChangedOpenApi diff = compare(released.toUri().toString(), current.toUri().toString());
        if (major(current) > major(released)) {
            return;
        }
        assertThat(diff.isIncompatible()).as("%s breaks clients of %s (raise info.version's major to release it):%n%s",
                current, released, report(diff)).isFalse();
    }

    @Test
    @DisplayName("the check can fail: a document without an operation its release had is incompatible, with the report")
    void aRemovedOperationIsIncompatible(@TempDir Path dir) throws IOException {
        ChangedOpenApi diff = changedFrom(OPENAPI.resolve("released/subscriptions-service.yaml"), dir,
                document -> document.getPaths().remove("/api/v1/offers/{offerId}"));
        assertThat(diff.isIncompatible()).as(report(diff)).isTrue();
        assertThat(report(diff)).contains("/api/v1/offers/{offerId}");
    }

    @Test
    @DisplayName("the check can fail: a document without a field its answers always carried is incompatible")
    void aRemovedResponseFieldIsIncompatible(@TempDir Path dir) throws IOException {
        ChangedOpenApi diff = changedFrom(OPENAPI.resolve("subscriptions-service.yaml"), dir, document -> {
            var subscription = document.getComponents().getSchemas().get("Subscription");
            subscription.getProperties().remove("quantity");
            subscription.getRequired().remove("quantity");
        });
        assertThat(diff.isIncompatible()).as(report(diff)).isTrue();
        assertThat(report(diff)).contains("quantity");
    }

    @Test
    @DisplayName("enums are extensible: a value added to an answer's enum is a compatible change")
    @SuppressWarnings("unchecked")
    void anAddedEnumValueIsCompatible(@TempDir Path dir) throws IOException {
        ChangedOpenApi diff = changedFrom(OPENAPI.resolve("subscriptions-service.yaml"), dir,
                document -> ((io.swagger.v3.oas.models.media.Schema<Object>) document.getComponents().getSchemas()
                        .get("SubscriptionStatus")).addEnumItemObject("expired"));
        assertThat(diff.isIncompatible()).as(report(diff)).isFalse();
    }

    /** openapi-diff's verdict on {@code base} after {@code change}, the changed copy written to {@code dir}. */
    private static ChangedOpenApi changedFrom(Path base, Path dir, java.util.function.Consumer<OpenAPI> change)
            throws IOException {
        OpenAPI document = new OpenAPIV3Parser().read(base.toString());
        change.accept(document);
        Path changed = dir.resolve(base.getFileName());
        Files.writeString(changed, Yaml31.pretty(document));
        return compare(base.toUri().toString(), changed.toUri().toString());
    }

    /**
     * openapi-diff's rules, but one: the suite's enums are extensible (clients must accept values they do not know), so
     * a value added to an answer's enum is a minor change, not a breaking one.
     */
    private static final OpenApiDiffOptions RULES = OpenApiDiffOptions.builder()
            .configProperty("incompatible.response.enum.increased", "false").build();

    private static ChangedOpenApi compare(String released, String current) {
        return OpenApiCompare.fromLocations(released, current, null, RULES);
    }

    private static int major(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("info:")) {
                for (int j = i + 1; j < lines.size() && lines.get(j).startsWith(" "); j++) {
                    String line = lines.get(j).trim();
                    if (line.startsWith("version:")) {
                        String version = line.substring("version:".length()).trim().replace("\"", "");
                        return Integer.parseInt(version.split("\\.")[0]);
                    }
                }
            }
        }
        throw new IllegalStateException("No info.version in " + document);
    }

    private static String report(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
