package io.partnerdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Checks a stub's answers against the committed OpenAPI document of the service it stands in for, so that a stub
 * cannot drift from the contract the real service keeps (a status it never answers, a body of another shape).
 */
public final class StubContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;
    private final OpenAPI document;

    private StubContract(OpenApiInteractionValidator validator, OpenAPI document) {
        this.validator = validator;
        this.document = document;
    }

    /** The public contract of {@code service} (e.g. {@code subscriptions-service}), from {@code openapi/} at the root. */
    public static StubContract of(String service) {
        return at(Path.of("..", "openapi", service + ".yaml"));
    }

    /** The internal contract of {@code service} (what the gateway does not route), from {@code openapi/internal/}. */
    public static StubContract internal(String service) {
        return at(Path.of("..", "openapi", "internal", service + ".yaml"));
    }

    private static StubContract at(Path relative) {
        String location = relative.toAbsolutePath().normalize().toUri().toString();
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        OpenAPI document = new OpenAPIV3Parser().readLocation(location, null, options).getOpenAPI();
        assertThat(document).as("OpenAPI document %s", location).isNotNull();
        return new StubContract(OpenApiInteractionValidator.createForSpecificationUrl(location).build(), document);
    }

    /** Fails unless {@code response} is one the document allows for {@code method path}. */
    public void assertAllows(Request.Method method, String path, Response response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode())
                .withBody(response.asString());
        response.headers().forEach(header -> answer.withHeader(header.getName(), header.getValue()));
        ValidationReport report = validator.validateResponse(path, method, answer.build());
        assertThat(report.getMessages()).as("%s %s answered %d: %s", method, path, response.statusCode(),
                response.asString()).filteredOn(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .isEmpty();
        assertThat(bodyViolations(method, path, response)).as("%s %s answered %d: %s", method, path,
                response.statusCode(), response.asString()).isEmpty();
    }

    /**
     * The body against the documented schema of its status, read as OpenAPI 3.1 ({@link SchemaCheck}): the validator
     * above checks statuses and headers, but passes 3.1 schemas (type arrays) without looking at the body.
     */
    private List<String> bodyViolations(Request.Method method, String path, Response response) {
        Operation operation = operation(method, path);
        assertThat(operation).as("the document has no operation %s %s", method, path).isNotNull();
        ApiResponse documented = operation.getResponses().get(String.valueOf(response.statusCode()));
        if (documented == null) {
            documented = operation.getResponses().get("default");
        }
        String body = response.asString();
        if (documented == null || documented.getContent() == null || body == null || body.isBlank()) {
            return List.of();
        }
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        MediaType media = documented.getContent().get(contentType);
        if (media == null) {
            return List.of("answered " + contentType + ", the document declares " + documented.getContent().keySet());
        }
        try {
            return SchemaCheck.violations(JSON.readTree(body), media.getSchema());
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
    }

    /** The operation whose path template matches {@code path} ({@code /customers/{customerId}} matches one segment). */
    private Operation operation(Request.Method method, String path) {
        for (Map.Entry<String, PathItem> entry : document.getPaths().entrySet()) {
            String pattern = Pattern.quote(entry.getKey()).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q");
            if (path.replaceFirst("\\?.*", "").matches(pattern)) {
                Operation operation = entry.getValue().readOperationsMap()
                        .get(PathItem.HttpMethod.valueOf(method.name()));
                if (operation != null) {
                    return operation;
                }
            }
        }
        return null;
    }
}
