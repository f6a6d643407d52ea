package io.partnerdesk.http.request;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import io.partnerdesk.http.json.JsonNames;
import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.problem.Problems;

/**
 * Parses query parameters that JAX-RS would otherwise reject with a bare 404 (enums by their JSON names, UUIDs,
 * booleans, times), answering a 400 problem that names the parameter and what it accepts.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The enum constant whose JSON name ({@code @JsonProperty} or the constant's name) is {@code value}; null stays null. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (JsonNames.of(constant).equals(value)) {
                return constant;
            }
        }
        throw Problems.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(JsonNames::of).collect(Collectors.joining(", ", "[", "]")));
    }

    public static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(field, "must be a UUID");
        }
    }

    /** {@code true} or {@code false}; anything else is 400 on the parameter. */
    public static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Problems.invalid(field, "must be true or false");
        };
    }

    /** An RFC 3339 UTC time within years 1 to 9999 ({@link TextRules}); anything else is 400 on the parameter. */
    public static java.time.Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.time.Instant time;
        try {
            time = java.time.Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw Problems.invalid(field, "must be an RFC 3339 UTC time such as 2026-11-24T09:00:00Z");
        }
        if (!TextRules.inRange(time)) {
            throw Problems.invalid(field, TextRules.TIME_RANGE_MESSAGE);
        }
        return time;
    }

    /** A free-text filter, bounded so that no caller can send an unbounded pattern to the database. */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw Problems.invalid(field, "must be at most " + maxLength + " characters");
        }
        if (TextRules.hasAnyControl(value)) {
            throw Problems.invalid(field, TextRules.CONTROL_CHARACTER_MESSAGE);
        }
        return value.trim();
    }
}
