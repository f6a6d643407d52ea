package io.partnerdesk.http.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.partnerdesk.http.json.TextRules;
import io.vertx.core.http.HttpServerRequest;

/**
 * Request bodies Jackson could not read (with {@code StrictJson}'s rules): each a 400 naming the field by its JSON path
 * and saying what it accepts, or a malformed-body problem when the body is not JSON at all.
 */
public class JsonProblemMappers {

    /** Request fields that the server owns: a client sending one is told so, rather than "unknown field". */
    private static final Set<String> SERVER_OWNED_FIELDS = Set.of("id", "partnerId", "tenantId", "customerId",
            "status", "createdAt", "updatedAt", "version", "number", "decidedAt", "decidedBy");

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = jsonPath(e);
        String name = e.getPropertyName();
        String message = SERVER_OWNED_FIELDS.contains(name)
                ? "is set by the server and cannot be written"
                : "is not a field of this request";
        return ProblemResponses.of(Problems.invalid(field, message), request);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        String message;
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            message = "must be one of " + enumValues(target);
        } else if (target == String.class) {
            // The only string StrictJson refuses is one holding control characters.
            message = TextRules.CONTROL_CHARACTER_MESSAGE;
        } else if (target == java.time.Instant.class || target == java.time.OffsetDateTime.class) {
            message = TextRules.TIME_RANGE_MESSAGE;
        } else if (target != null) {
            message = "must be " + describe(target);
        } else {
            message = "has an invalid value";
        }
        return ProblemResponses.of(Problems.invalid(jsonPath(e), message), request);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        if (e.getPath().isEmpty() && e.getMessage() != null && e.getMessage().startsWith("Trailing token")) {
            return ProblemResponses.of(Problems.malformedBody(
                    "The body must hold exactly one JSON value; something follows it."), request);
        }
        if (e.getPath().isEmpty()) {
            return ProblemResponses.of(Problems.malformedBody("The body must be a JSON object."), request);
        }
        Class<?> target = e.getTargetType();
        String message = target == null ? "has the wrong type" : "must be " + describe(target);
        return ProblemResponses.of(Problems.invalid(jsonPath(e), message), request);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.invalid(jsonPath(e), "has an invalid value"), request);
    }

    @ServerExceptionMapper
    public Response streamRead(StreamReadException e, HttpServerRequest request) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return ProblemResponses.of(Problems.invalid(duplicate, "is given more than once"), request);
        }
        return ProblemResponses.of(Problems.malformedBody("The body is not well-formed JSON."), request);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.malformedBody("The body could not be read as JSON."), request);
    }

    /** The field-level answer for a Jackson exception some reader wrapped (see ProblemExceptionMappers). */
    Response jsonCause(JsonProcessingException json, HttpServerRequest request) {
        if (json instanceof UnrecognizedPropertyException u) {
            return unrecognizedProperty(u, request);
        }
        if (json instanceof InvalidFormatException f) {
            return invalidFormat(f, request);
        }
        if (json instanceof MismatchedInputException m) {
            return mismatchedInput(m, request);
        }
        if (json instanceof JsonMappingException m) {
            return jsonMapping(m, request);
        }
        if (json instanceof StreamReadException r) {
            return streamRead(r, request);
        }
        return ProblemResponses.of(Problems.malformedBody("The body is not well-formed JSON."), request);
    }

    /** The JSON path of a key given twice ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}), or null. */
    private static String duplicateKey(StreamReadException e) {
        if (e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field '")
                || e.getProcessor() == null) {
            return null;
        }
        com.fasterxml.jackson.core.JsonParser parser = e.getProcessor();
        List<String> names = new ArrayList<>();
        for (var context = parser.getParsingContext(); context != null
                && !context.inRoot(); context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                names.add(0, context.getCurrentName());
            } else if (context.inArray()) {
                names.add(0, "[" + context.getCurrentIndex() + "]");
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names).replace(".[", "[");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String enumValues(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants())
                .map(c -> {
                    try {
                        var json = enumType.getField(((Enum<?>) c).name())
                                .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                        return json != null ? json.value() : c.toString();
                    } catch (NoSuchFieldException ex) {
                        return c.toString();
                    }
                })
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(Class<?> type) {
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an RFC 3339 UTC time such as 2026-11-24T09:00:00Z";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
