package io.partnerdesk.e2e.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.RandomGenerator;

/**
 * Makes requests from the documents: a valid one (fields from the schema, ids from the run's own records) and then,
 * for most, one mutation of the kind a hostile or careless caller sends: wrong types, boundary and out-of-range
 * numbers, huge and control-character strings, bad UUIDs and cursors, unknown and missing fields, wrong enum values,
 * duplicated keys, broken JSON. All randomness comes from one seeded {@link Random}, so a seed replays a run.
 */
final class RequestGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> BOOLEAN_PARAMETERS = Set.of("active", "archived", "favorite", "unread", "past",
            "resolved", "breached");
    private static final Set<String> TIME_PARAMETERS = Set.of("since", "dueBefore", "createdAfter", "from",
            "to");
    private static final List<String> ENUM_WORDS = List.of("active", "suspended", "cancelled", "pending", "approved",
            "rejected", "withdrawn", "open", "in_progress", "awaiting_partner", "resolved", "closed", "A", "B", "C",
            "normal", "high", "critical", "preventOrFixIssue", "planForChange", "stayInformed", "announcement",
            "notification", "incident", "advisory", "investigating", "serviceRestored", "new", "inProgress",
            "escalated",
            "oneUser", "someUsers", "allUsers", "scheduled", "completed");
    /** What a hostile caller puts where text goes. */
    private static final List<String> HOSTILE_TEXT = List.of("a\u0000b", "\u0000", "x\u0001y", "\u001b[31m",
            "line\u000bbreak", "'; drop table customers; --", "%00", "..%2F..%2Fetc%2Fpasswd", "\uD800", "\uFFFF",
            "<script>alert(1)</script>", " ", "", "${jndi:ldap://x}", "\u202Eevil", "null", "-1", "9".repeat(40));

    private final Random random;
    private final Map<String, List<String>> ids;
    /** Any Unicode text, control characters and lone surrogates included: jqwik's generator, fed the try's Random. */
    private final RandomGenerator<String> anyText;
    private final RandomGenerator<Integer> anyInt;

    /**
     * One generator per try, inside jqwik's lifecycle (its generators need it).
     *
     * @param random the try's randomness, from jqwik's seed
     * @param ids the run's own records by the name of the parameter or field that names them ({@code customerId}, ...)
     */
    RequestGenerator(Random random, Map<String, List<String>> ids) {
        this.random = random;
        this.ids = ids;
        this.anyText = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(60).generator(1000);
        this.anyInt = Arbitraries.integers().generator(1000, true);
    }

    FuzzRequest next(int index, String role, ApiOperation operation) {
        boolean mutate = random.nextInt(10) < 6;
        String mutation = "valid";
        String path = operation.path();
        for (Parameter parameter : operation.parameters("path")) {
            String value = idFor(parameter.getName());
            if (mutate && random.nextInt(4) == 0) {
                value = pick(List.of(UUID.randomUUID().toString(), "not-a-uuid", "\u0000", "a".repeat(300), "-1",
                        "..", "%2e%2e", text(true)));
                mutation = "path " + parameter.getName();
            }
            path = path.replace("{" + parameter.getName() + "}", encode(value));
        }
        List<String> query = new ArrayList<>();
        for (Parameter parameter : operation.parameters("query")) {
            if (random.nextBoolean()) {
                continue;
            }
            String value = validQuery(parameter.getName());
            if (mutate && random.nextInt(3) == 0) {
                value = hostileQuery(parameter.getName());
                mutation = "query " + parameter.getName();
            }
            query.add(encode(parameter.getName()) + "=" + encode(value));
        }
        if (mutate && random.nextInt(8) == 0) {
            query.add(encode(text(true)) + "=" + encode(text(true)));
            mutation = "unknown query parameter";
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters("header")) {
            switch (parameter.getName()) {
                case "If-Match" -> {
                    int choice = random.nextInt(10);
                    if (choice < 6) {
                        headers.put("If-Match", "*");
                    } else if (choice < 8) {
                        headers.put("If-Match", "\"" + random.nextInt(1000) + "\"");
                    }
                }
                case "Idempotency-Key" -> {
                    if (random.nextInt(3) == 0) {
                        headers.put("Idempotency-Key",
                                random.nextInt(4) == 0 ? "k".repeat(300) : "fuzz-" + UUID.randomUUID());
                    }
                }
                default -> {
                }
            }
        }
        String body = null;
        Schema<?> schema = operation.requestSchema();
        if (schema != null) {
            JsonNode valid = valueFor("body", schema, 0);
            body = valid.toString();
            if (mutate && mutation.equals("valid")) {
                String[] mutated = mutateBody(valid);
                body = mutated[0];
                mutation = mutated[1];
            }
        } else if (mutate && !operation.method().equals("GET") && random.nextInt(4) == 0) {
            body = "{\"unexpected\": true}";
            mutation = "body where none is taken";
        }
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
        return new FuzzRequest(index, role, operation, operation.method(), target, headers, body, mutation);
    }

    // ---- query parameters

    private String validQuery(String name) {
        if (name.equals("limit")) {
            return String.valueOf(1 + random.nextInt(200));
        }
        if (name.equals("cursor")) {
            return "";
        }
        if (BOOLEAN_PARAMETERS.contains(name)) {
            return String.valueOf(random.nextBoolean());
        }
        if (TIME_PARAMETERS.contains(name)) {
            return Instant.now().plus(random.nextInt(20) - 10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                    .toString();
        }
        if (ids.containsKey(name)) {
            return idFor(name);
        }
        return switch (name) {
            case "service" -> "Exchange Online";
            case "domain" -> "tailspintoys.partner.onmschina.cn";
            case "name" -> "Toys";
            default -> pick(ENUM_WORDS);
        };
    }

    private String hostileQuery(String name) {
        return switch (random.nextInt(9)) {
            case 0 -> pick(List.of("0", "-1", "201", "2147483648", "1e3", "1.5", "99999999999999999999"));
            case 1 -> pick(List.of("-5000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2026-13-01T00:00:00Z",
                    "0000-01-01T00:00:00Z", "yesterday"));
            case 2 -> pick(List.of("bm90LWEtY3Vyc29y", "LTkwMDAwMDAwMDAwMDAwMDAwMDB8eA", "%%%", "x".repeat(500)));
            case 3 -> "x".repeat(1000 + random.nextInt(4000));
            case 4 -> pick(List.of("TRUE", "yes", "1", "Active", "ACTIVE", "2"));
            default -> text(true);
        };
    }

    // ---- bodies

    private JsonNode valueFor(String field, Schema<?> schema, int depth) {
        Set<String> types = types(schema);
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return JSON.textNode(String.valueOf(pick(new ArrayList<>(schema.getEnum()))));
        }
        if (types.contains("object") || schema.getProperties() != null) {
            ObjectNode object = JSON.objectNode();
            if (schema.getProperties() != null && depth < 4) {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((name, property) -> {
                    if (required.contains(name) || random.nextInt(3) == 0) {
                        object.set(name, valueFor(name, property, depth + 1));
                    }
                });
            }
            return object;
        }
        if (types.contains("array")) {
            ArrayNode array = JSON.arrayNode();
            Set<String> seen = new java.util.HashSet<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count && schema.getItems() != null; i++) {
                JsonNode item = valueFor(singular(field), schema.getItems(), depth + 1);
                if (seen.add(item.toString())) {
                    array.add(item);
                }
            }
            return array;
        }
        if (types.contains("integer")) {
            int min = schema.getMinimum() == null ? 1 : schema.getMinimum().intValue();
            int max = schema.getMaximum() == null ? min + 50
                    : (int) Math.min(schema.getMaximum().longValue(), min + 50L);
            return JSON.numberNode(min + random.nextInt(Math.max(1, max - min + 1)));
        }
        if (types.contains("number")) {
            return JSON.numberNode(random.nextInt(100));
        }
        if (types.contains("boolean")) {
            return JSON.booleanNode(random.nextBoolean());
        }
        return JSON.textNode(validText(field, schema));
    }

    private String validText(String field, Schema<?> schema) {
        if ("uuid".equals(schema.getFormat()) || field.endsWith("Id") || field.endsWith("Ids")) {
            return ids.containsKey(field) ? idFor(field) : UUID.randomUUID().toString();
        }
        if ("date-time".equals(schema.getFormat())) {
            return Instant.now().plus(1 + random.nextInt(30), ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                    .toString();
        }
        String unique = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        return switch (field) {
            case "domain" -> "f" + unique + ".partner.onmschina.cn";
            case "email", "billingEmail" -> "fuzz-" + unique + "@example.cn";
            case "phone" -> "+86 21 5555 0100";
            case "service" -> "Exchange Online";
            case "name", "title", "companyName", "friendlyName", "product" -> "Fuzz " + field + " " + unique;
            default -> {
                List<?> examples = schema.getExamples();
                yield examples != null && !examples.isEmpty() ? String.valueOf(examples.get(0)) : "Fuzz text " + unique;
            }
        };
    }

    /** One mutation of a valid body: {@code [body, description]}. */
    private String[] mutateBody(JsonNode valid) {
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "x" : pick(fields);
        ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : JSON.objectNode();
        switch (random.nextInt(14)) {
            case 0 -> copy.put(field, text(true));
            case 1 -> copy.put(field, "x".repeat(300 + random.nextInt(20_000)));
            case 2 -> copy.put(field,
                    pick(List.of(-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE, anyInt.next(random).value())));
            case 3 -> copy.put(field, pick(List.of(30.9, 1e300, -0.5)));
            case 4 -> copy.put(field, random.nextBoolean());
            case 5 -> copy.putNull(field);
            case 6 -> copy.remove(field);
            case 7 -> copy.put("unknown" + random.nextInt(100), 1);
            case 8 -> copy.put(field, pick(List.of("-5000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "not-a-time",
                    "WRONG_ENUM", "Annual", "2", "not-a-uuid")));
            case 9 -> copy.set(field, JSON.arrayNode().add(text(false)));
            case 10 -> copy.set(field, JSON.objectNode().put("nested", text(true)));
            case 11 -> {
                // A key given twice: JSON parsers disagree on which wins, so the API must refuse it.
                String body = copy.toString();
                return new String[]{ body.substring(0, body.length() - 1) + (copy.isEmpty() ? "" : ",") + "\""
                        + field + "\":" + "\"duplicate\"}", "duplicate key " + field };
            }
            case 12 -> {
                return new String[]{ pick(List.of("[]", "42", "\"text\"", "null", "{", "{\"a\":}", copy + " {}",
                        copy + "garbage", "{\"" + field + "\": 1,}")), "malformed body" };
            }
            default -> copy.put(field, 12);
        }
        try {
            return new String[]{ MAPPER.writeValueAsString(copy), "body field " + field };
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- helpers

    private String idFor(String name) {
        List<String> known = ids.get(name);
        if (known == null || known.isEmpty() || random.nextInt(10) == 0) {
            return UUID.randomUUID().toString();
        }
        return pick(known);
    }

    private String text(boolean hostile) {
        if (hostile && random.nextBoolean()) {
            return pick(HOSTILE_TEXT);
        }
        return anyText.next(random).value();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Set<String> types(Schema<?> schema) {
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes();
        }
        return schema.getType() == null ? Set.of() : Set.of(schema.getType());
    }

    private static String singular(String field) {
        return field.endsWith("Ids") ? field.substring(0, field.length() - 1) : field;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
