package io.partnerdesk.http.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.idempotency.Idempotency;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.RequestIds;

/**
 * Documents the shared conventions on every operation, so that each service's OpenAPI document lists every status
 * an operation can answer without each resource repeating them: 401/403/406/500 everywhere, the gateway's
 * 429/502/503/504, 400/413/415 where a body
 * or parameters are read, 412/428 where {@code If-Match} is taken, 409/422 where {@code Idempotency-Key} is, and the
 * {@code X-Request-Id} header on every response. Domain statuses (404, 409, 422 of business rules) stay on the
 * resources' own annotations, which this filter never overwrites; it only gives those error responses their
 * problem+json body schema when a resource declared a description alone.
 * <p>
 * The paging parameters are described once here too: {@code limit} is an integer from 1 to 200 (default 50).
 * <p>
 * Enable with {@code mp.openapi.filter=io.partnerdesk.http.openapi.ApiConventionsFilter}.
 */
public class ApiConventionsFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem pathItem : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : pathItem.getOperations().values()) {
                addConventionalResponses(operation, pathItem);
            }
        }
    }

    private void addConventionalResponses(Operation operation, PathItem pathItem) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = new java.util.ArrayList<>();
        if (pathItem.getParameters() != null) {
            parameters.addAll(pathItem.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        parameters.stream().filter(p -> "limit".equals(p.getName()) && p.getIn() == Parameter.In.QUERY)
                .forEach(p -> p.schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                        .defaultValue(PageRequest.DEFAULT_LIMIT)));
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || !parameters.isEmpty();
        boolean takesIfMatch = parameters.stream().anyMatch(p -> ETags.IF_MATCH.equalsIgnoreCase(p.getName()));
        boolean takesIdempotencyKey = parameters.stream()
                .anyMatch(p -> Idempotency.HEADER.equalsIgnoreCase(p.getName()));

        Map<String, String> conventional = new LinkedHashMap<>();
        // Any call can carry a query, and a control character in any query parameter is refused before routing.
        conventional.put("400", hasInput ? "Invalid input: the problem lists the violations."
                : "A query parameter holds a control character: the problem names it.");
        conventional.put("401", "Missing, invalid or expired bearer token.");
        conventional.put("403",
                "The caller's role may not use this operation, or may read but not change this record.");
        conventional.put("406", "The client does not accept application/json.");
        conventional.put("414", "Path and query longer than 8 KiB.");
        if (hasBody) {
            conventional.put("413", "Request body larger than 64 KiB.");
            conventional.put("415", "Request body is not application/json.");
        }
        if (takesIfMatch) {
            conventional.put("412", "If-Match does not name the current ETag: the record changed since it was read.");
            conventional.put("428", "If-Match header missing.");
        }
        if (takesIdempotencyKey) {
            conventional.put("409", "A request with the same Idempotency-Key is still being processed.");
            conventional.put("422", "The Idempotency-Key was already used with a different request.");
        }
        conventional.put("500", "Unexpected error; the problem carries the request id to quote to support.");
        // Integrators call every operation through the gateway, which answers these itself.
        conventional.put("429", "Rate limited by the gateway: Retry-After and RateLimit-Reset say when to retry.");
        conventional.put("502", "The gateway could not reach the service. Retry later.");
        conventional.put("503",
                "The service is unavailable (the gateway's circuit is open, or a service it depends on is down); "
                        + "Retry-After says when to retry.");
        conventional.put("504",
                "The service did not answer in time; the change may or may not have been applied, so retry "
                        + "with the same Idempotency-Key or read first.");

        conventional.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, problemResponse(description));
            }
        });
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                // Resources document their domain errors with a description only; the body is always a problem.
                if (status.startsWith("4") || status.startsWith("5")) {
                    if (response.getRef() == null && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                        response.setContent(problemResponse(response.getDescription()).getContent());
                    }
                }
                addRequestIdHeader(response);
            });
        }
    }

    private APIResponse problemResponse(String description) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private void addRequestIdHeader(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(RequestIds.HEADER)) {
            Header header = OASFactory.createHeader()
                    .description("The request id: the caller's X-Request-Id if it sent a valid one, else generated.")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
            response.addHeader(RequestIds.HEADER, header);
        }
    }
}
