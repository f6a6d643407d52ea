package io.partnerdesk.http.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        // Per document: one filter instance may serve several documents of a service (the public one, openapi-internal).
        Map<String, Header> declared = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems()
                .forEach((path, pathItem) -> pathItem.getOperations().forEach((method, operation) -> {
                    addConventionalResponses(operation, pathItem);
                    declareHeaders(path, method, operation, declared);
                    rolesAsExtension(operation);
                }));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        declared.forEach(openAPI.getComponents()::addHeader);
        requireWhatResponsesAlwaysSend(openAPI);
        allowNullWhereNullable(openAPI);
        markEnumsExtensible(openAPI);
        dropUnusedSchemas(openAPI);
        dropUnusedTags(openAPI);
        new OperationExamples(openAPI.getComponents().getSchemas()).addTo(openAPI);
    }

    /**
     * A nullable property that refers to another schema comes out as {@code anyOf: [$ref, {type: null}]}, but for
     * some object types also with {@code type: object} beside it, which a validator reads as "never null": null is
     * added to such a type, so that the document says what the property's {@code nullable = true} meant.
     */
    private static void allowNullWhereNullable(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().values().forEach(property -> {
                boolean nullChoice = property.getAnyOf() != null && property.getAnyOf().stream()
                        .anyMatch(choice -> choice.getType() != null
                                && choice.getType().equals(List.of(Schema.SchemaType.NULL)));
                if (nullChoice && property.getType() != null
                        && !property.getType().contains(Schema.SchemaType.NULL)) {
                    List<Schema.SchemaType> types = new ArrayList<>(property.getType());
                    types.add(Schema.SchemaType.NULL);
                    property.setType(types);
                }
            });
        });
    }

    /** Tags no operation of this document carries (another document's), and the profile marks on the others. */
    private static void dropUnusedTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        }));
        openAPI.setTags(
                new ArrayList<>(openAPI.getTags().stream().filter(tag -> used.contains(tag.getName())).toList()));
        openAPI.getTags().forEach(tag -> {
            if (tag.getExtensions() != null) {
                new ArrayList<>(tag.getExtensions().keySet()).stream()
                        .filter(name -> name.startsWith("x-smallrye-profile-")).forEach(tag::removeExtension);
            }
        });
    }

    /**
     * A document lists only the schemas its operations use: a service with more than one document (the public one and
     * {@code openapi-internal}) would otherwise carry the other's types, which linters and generators report or emit.
     */
    private static void dropUnusedSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> reach(parameter.getSchema(), schemas, used));
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> reach(parameter.getSchema(), schemas, used));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> reach(media.getSchema(), schemas, used));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                            response.getContent().getMediaTypes().values()
                                    .forEach(media -> reach(media.getSchema(), schemas, used));
                        }
                    });
                }
            });
        });
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    /**
     * Every property of an answer's body is always sent, {@code null} when it has no value (Jackson includes nulls; only
     * the problem body leaves them out, and it is never a 2xx body). Saying so with {@code required} gives generated
     * clients non-optional fields, and makes the removal of a field a breaking change the compatibility check sees.
     * Schemas that are also read from requests keep their optional fields.
     */
    private static void requireWhatResponsesAlwaysSend(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> read = new HashSet<>();
        Set<String> answered = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(media -> reach(media.getSchema(), schemas, read));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null
                            && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().values()
                                .forEach(media -> reach(media.getSchema(), schemas, answered));
                    }
                });
            }
        }));
        answered.removeAll(read);
        answered.forEach(name -> {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    /** Adds to {@code names} every component schema {@code schema} refers to, directly or through others. */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (names.add(name)) {
                reach(schemas.get(name), schemas, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, names));
        }
        reach(schema.getItems(), schemas, names);
        reach(schema.getAdditionalPropertiesSchema(), schemas, names);
        for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> reach(part, schemas, names));
            }
        }
    }

    /** What every enum of the API promises and asks of clients (generated Java clients map unknown values). */
    static final String EXTENSIBLE_ENUM = "Extensible: values may be added in a minor version. Clients must accept a "
            + "value they do not know (treat it as \"other\"), never fail on it.";

    private static void markEnumsExtensible(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
                String description = schema.getDescription();
                if (description == null || !description.contains(EXTENSIBLE_ENUM)) {
                    schema.setDescription(description == null || description.isBlank() ? EXTENSIBLE_ENUM
                            : description.strip() + (description.strip().endsWith(".") ? " " : ". ")
                                    + EXTENSIBLE_ENUM);
                }
            }
        });
    }

    /** Marks a creating operation whose new resource has no version (a note, a post): its 201 carries no ETag. */
    public static final String UNVERSIONED = "x-partnerdesk-unversioned";

    /**
     * The response headers integrators need, declared where they are sent (generated clients expose only declared
     * ones): {@code Location} and {@code ETag} on a 201, {@code Idempotent-Replayed} where a key is taken, {@code ETag} on
     * the 200 of a single resource's GET and of every conditional change, {@code Retry-After} on 429 and 503, and the
     * gateway's {@code RateLimit-*} on successes and 429.
     */
    private static void declareHeaders(String path, PathItem.HttpMethod method, Operation operation,
            Map<String, Header> declared) {
        APIResponses responses = operation.getResponses();
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        // SmallRye copies a method's @Extension onto the operation, its responses and each response: read, drop them all.
        boolean unversioned = operation.getExtensions() != null && operation.getExtensions().containsKey(UNVERSIONED);
        if (unversioned) {
            operation.removeExtension(UNVERSIONED);
        }
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response.getExtensions() != null && response.getExtensions().containsKey(UNVERSIONED)) {
                unversioned = true;
                response.removeExtension(UNVERSIONED);
            }
        }
        if (responses.getExtensions() != null && responses.getExtensions().containsKey(UNVERSIONED)) {
            unversioned = true;
            responses.removeExtension(UNVERSIONED);
        }
        boolean sendsNoETagWhenCreated = unversioned;
        boolean takesIfMatch = takes(operation, ETags.IF_MATCH);
        boolean singleResource = path.endsWith("}");
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            switch (status) {
                case "201" -> {
                    // Every creating POST of the API takes an Idempotency-Key (Idempotency.create answers it); other
                    // 201s (the internal event intake's receipt) name no new resource.
                    if (takes(operation, Idempotency.HEADER)) {
                        header(declared, response, "Location", "Where the new resource is read from.", STRING);
                        if (!sendsNoETagWhenCreated) {
                            header(declared, response, "ETag", ETAG, STRING);
                        }
                        header(declared, response, Idempotency.REPLAYED_HEADER,
                                "true when this is the stored answer to an earlier request with the same Idempotency-Key.",
                                STRING);
                    }
                }
                case "200" -> {
                    if (takesIfMatch || (method == PathItem.HttpMethod.GET && singleResource && !isPage(response))) {
                        header(declared, response, "ETag", ETAG, STRING);
                    }
                }
                case "429", "503" ->
                    header(declared, response, "Retry-After", "Seconds to wait before retrying.", INTEGER);
                default -> {
                }
            }
            // The gateway's quota headers, on what it routes (never /internal: the gateway does not route it).
            if (!path.startsWith("/internal/") && (status.startsWith("2") || status.equals("429"))) {
                header(declared, response, "RateLimit-Limit", "Requests allowed per window for the caller (gateway).",
                        INTEGER);
                header(declared, response, "RateLimit-Remaining", "Requests left in the current window (gateway).",
                        INTEGER);
                header(declared, response, "RateLimit-Reset", "Seconds until the window starts again (gateway).",
                        INTEGER);
            }
        });
    }

    private static final String ETAG = "The version of the resource: send it back in If-Match to change it.";
    private static final Schema.SchemaType STRING = Schema.SchemaType.STRING;
    private static final Schema.SchemaType INTEGER = Schema.SchemaType.INTEGER;

    private static boolean takes(Operation operation, String header) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> header.equalsIgnoreCase(p.getName()));
    }

    private static boolean isPage(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        return response.getContent().getMediaTypes().values().stream()
                .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
                .anyMatch(ref -> ref != null && ref.contains("Page"));
    }

    /**
     * Refers {@code response} to the header {@code name}, adding it to {@code declared} (this document's
     * components/headers) the first time.
     */
    private static void header(Map<String, Header> declared, APIResponse response, String name, String description,
            Schema.SchemaType type) {
        declared.computeIfAbsent(name, n -> OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(type))));
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    /**
     * Roles are not OAuth scopes of the bearer scheme: each operation names them in {@code x-roles} and requires the
     * bearer token alone (linters and generators read scopes on an http scheme as an error).
     */
    private void rolesAsExtension(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> roles = new ArrayList<>();
        for (var requirement : operation.getSecurity()) {
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().values().forEach(scopes -> {
                    if (scopes != null) {
                        scopes.forEach(role -> {
                            if (!roles.contains(role)) {
                                roles.add(role);
                            }
                        });
                    }
                });
            }
        }
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", roles);
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
    }

    private void addConventionalResponses(Operation operation, PathItem pathItem) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = new ArrayList<>();
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
