package io.partnerdesk.testing;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Whether a JSON value matches an OpenAPI 3.1 schema (already resolved): types including {@code null}, required
 * properties, enums, uuid and date-time formats, array items, allOf/anyOf/oneOf. Enough to tell a response that breaks
 * its document from one that keeps it; extra properties are allowed, as JSON Schema allows them. Used by the contract
 * fuzz test and by {@link StubContract} (swagger-request-validator does not read 3.1 schemas, so it passed bodies of
 * the wrong shape).
 */
public final class SchemaCheck {

    private SchemaCheck() {
    }

    /** Where {@code value} breaks {@code schema}, as JSON paths with what is wrong; empty when it keeps it. */
    public static List<String> violations(JsonNode value, Schema<?> schema) {
        List<String> found = new ArrayList<>();
        check(value, schema, "$", found);
        return found;
    }

    private static void check(JsonNode value, Schema<?> schema, String at, List<String> found) {
        if (schema == null || found.size() > 20) {
            return;
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(part -> check(value, part, at, found));
        }
        for (List<Schema> choices : new ArrayList<>(java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf()))) {
            if (choices != null && choices.stream().noneMatch(choice -> violations(value, choice).isEmpty())) {
                found.add(at + ": matches none of its alternatives");
            }
        }
        if (schema.getAnyOf() != null || schema.getOneOf() != null) {
            // The alternatives decide; the parser gives such a schema a type of its own ("object") that is not written.
            return;
        }
        Set<String> types = types(schema);
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null") && !Boolean.TRUE.equals(schema.getNullable())) {
                found.add(at + ": null where the document says " + types);
            }
            return;
        }
        if (!types.isEmpty() && types.stream().noneMatch(type -> hasType(value, type))) {
            found.add(at + ": " + value.getNodeType() + " where the document says " + types);
            return;
        }
        if (schema.getEnum() != null && value.isTextual()
                && schema.getEnum().stream().noneMatch(e -> value.asText().equals(String.valueOf(e)))) {
            found.add(at + ": '" + value.asText() + "' is not one of " + schema.getEnum());
        }
        if (value.isTextual()) {
            checkFormat(value.asText(), schema.getFormat(), at, found);
        }
        if (value.isObject()) {
            if (schema.getRequired() != null) {
                for (String required : schema.getRequired()) {
                    if (!value.has(required)) {
                        found.add(at + "." + required + ": required but missing");
                    }
                }
            }
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    check(field.getValue(), properties.get(field.getKey()), at + "." + field.getKey(), found);
                }
            }
        }
        if (value.isArray() && schema.getItems() != null) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.getItems(), at + "[" + i + "]", found);
            }
        }
    }

    private static Set<String> types(Schema<?> schema) {
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes();
        }
        return schema.getType() == null ? Set.of() : Set.of(schema.getType());
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static void checkFormat(String text, String format, String at, List<String> found) {
        try {
            if ("uuid".equals(format)) {
                UUID.fromString(text);
            } else if ("date-time".equals(format)) {
                Instant.parse(text);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            found.add(at + ": '" + text + "' is not a " + format);
        }
    }
}
