package io.partnerdesk.http.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every JSON request body and every JSON success answer one example, built from its schema: the examples the
 * properties declare ({@code @Schema(examples = ...)}), else the first enum value, else a value of the format (a UUID,
 * an RFC 3339 time), else the lower bound. Built from the schema, an example cannot drift from it; {@code e2e-tests}'
 * {@code DocumentExamplesTest} checks each one against its schema all the same. An example a resource declared itself
 * is kept.
 */
final class OperationExamples {

    static final String EXAMPLE_NAME = "typical";
    private static final int MAX_DEPTH = 16; // no schema of the API nests deeper; a guard against recursive ones

    private final Map<String, Schema> schemas;

    OperationExamples(Map<String, Schema> schemas) {
        this.schemas = schemas == null ? Map.of() : schemas;
    }

    void addTo(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
                    if (type.contains("json")) {
                        addExample(media, "A typical request");
                    }
                });
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null
                            && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().forEach((type, media) -> {
                            if (type.contains("json")) {
                                addExample(media, "A typical answer");
                            }
                        });
                    }
                });
            }
        }));
    }

    private void addExample(MediaType media, String summary) {
        if (media.getSchema() == null || media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty())) {
            return;
        }
        Object value = example(media.getSchema(), 0);
        if (value != null) {
            media.addExample(EXAMPLE_NAME, OASFactory.createExample().summary(summary).value(value));
        }
    }

    /** A value valid for {@code schema}, or null when none can be made (a depth limit on recursive types). */
    Object example(Schema schema, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            return example(schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (choices != null) {
                // A nullable value ([X, null]): show X.
                for (Schema choice : choices) {
                    if (!isNullOnly(choice)) {
                        return example(choice, depth + 1);
                    }
                }
            }
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return example(schema.getAllOf().get(0), depth + 1);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (schema.getProperties() != null || types.contains(Schema.SchemaType.OBJECT)) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> {
                    Object value = example(property, depth + 1);
                    if (value != null) {
                        object.put(name, value);
                    }
                });
            }
            return object;
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            List<Object> list = new ArrayList<>();
            Object item = example(schema.getItems(), depth + 1);
            if (item != null && (schema.getMaxItems() == null || schema.getMaxItems() > 0)) {
                list.add(item);
            }
            return list;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return Boolean.TRUE;
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() == null ? 1 : schema.getMinimum().max(BigDecimal.ONE).intValue();
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() == null ? 1 : schema.getMinimum();
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return text(schema);
        }
        return null;
    }

    private static boolean isNullOnly(Schema schema) {
        return schema.getType() != null && schema.getType().size() == 1
                && schema.getType().get(0) == Schema.SchemaType.NULL;
    }

    private static String text(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "uuid" -> "0b6f1f4e-8c1d-4f0e-9a51-3f1c9b0e8a7d";
            case "date-time" -> "2026-11-24T09:00:00Z";
            case "date" -> "2026-11-24";
            case "email" -> "billing@contoso.partner.onmschina.cn";
            case "uri" -> "https://partnerdesk.example/";
            default -> schema.getMinLength() != null && schema.getMinLength() > 7
                    ? "x".repeat(schema.getMinLength())
                    : "example";
        };
    }
}
