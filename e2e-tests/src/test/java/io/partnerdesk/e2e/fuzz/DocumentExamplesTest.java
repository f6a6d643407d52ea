package io.partnerdesk.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.testing.SchemaCheck;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Every operation of every committed document shows a request example (when it takes a JSON body) and an answer
 * example (for each JSON success), and each example is valid for its own schema: an example that contradicts its
 * document misleads the integrator who copies it.
 */
class DocumentExamplesTest {

    private static final Path OPENAPI = Path.of("..", "openapi").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}: every operation has valid request and answer examples")
    @ValueSource(strings = { "subscriptions-service.yaml", "support-service.yaml", "messagecenter-service.yaml",
            "internal/messagecenter-service.yaml" })
    void everyOperationHasValidExamples(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        OpenAPI api = new OpenAPIV3Parser().readLocation(OPENAPI.resolve(document).toUri().toString(), null, options)
                .getOpenAPI();
        List<String> problems = new ArrayList<>();
        int[] examples = { 0 };
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> {
                    if (type.contains("json")) {
                        examples[0] += check(where + " request " + type, media, problems);
                    }
                });
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null) {
                    response.getContent().forEach((type, media) -> {
                        if (type.contains("json")) {
                            examples[0] += check(where + " " + status + " " + type, media, problems);
                        }
                    });
                }
            });
        }));
        assertThat(problems).as("examples of %s", document).isEmpty();
        assertThat(examples[0]).as("examples checked in %s", document).isPositive();
    }

    private static int check(String where, MediaType media, List<String> problems) {
        if (media.getExamples() == null || media.getExamples().isEmpty()) {
            problems.add(where + ": no example");
            return 0;
        }
        media.getExamples().forEach((name, example) -> {
            JsonNode value = JSON.valueToTree(example.getValue());
            SchemaCheck.violations(value, media.getSchema())
                    .forEach(violation -> problems.add(where + " example " + name + ": " + violation));
        });
        return media.getExamples().size();
    }
}
