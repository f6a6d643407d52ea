package io.partnerdesk.e2e.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/** One operation of a committed OpenAPI document, with its schemas resolved in place. */
record ApiOperation(String document, String method, String path, Operation operation) {

    /** Every public operation ({@code /api/...}) of the committed documents; {@code /internal} is not routed. */
    static List<ApiOperation> load(Path openapiDirectory, String... documents) {
        List<ApiOperation> operations = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        // Keep anyOf/oneOf as they are written (a nullable $ref is anyOf [ref, null]); merging them loses the choice.
        options.setResolveCombinators(false);
        for (String document : documents) {
            OpenAPI api = new OpenAPIV3Parser()
                    .readLocation(openapiDirectory.resolve(document).toUri().toString(), null,
                            options)
                    .getOpenAPI();
            if (api == null) {
                throw new IllegalStateException("Could not parse " + document);
            }
            api.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.readOperationsMap().forEach((method, operation) -> operations.add(
                        new ApiOperation(document, method.name(), path, withPathParameters(item, operation))));
            });
        }
        return operations;
    }

    private static Operation withPathParameters(PathItem item, Operation operation) {
        if (item.getParameters() != null) {
            List<Parameter> all = new ArrayList<>(item.getParameters());
            if (operation.getParameters() != null) {
                all.addAll(operation.getParameters());
            }
            operation.setParameters(all);
        }
        return operation;
    }

    List<Parameter> parameters(String in) {
        return operation.getParameters() == null ? List.of()
                : operation.getParameters().stream().filter(p -> in.equals(p.getIn())).toList();
    }

    /** The JSON request body's schema, or null when the operation takes none. */
    Schema<?> requestSchema() {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        var media = operation.getRequestBody().getContent().get("application/json");
        return media == null ? null : media.getSchema();
    }

    /** The documented response for {@code status}, or null when the document does not declare that status. */
    ApiResponse response(int status) {
        Map<String, ApiResponse> responses = operation.getResponses();
        ApiResponse exact = responses.get(String.valueOf(status));
        return exact != null ? exact : responses.get("default");
    }

    String name() {
        return method + " " + path;
    }
}
