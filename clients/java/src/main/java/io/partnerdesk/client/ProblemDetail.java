package io.partnerdesk.client;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The RFC 9457 problem every error of the suite carries ({@code application/problem+json}), read from the body of the
 * generated client's {@code ApiException} ({@code getResponseBody()}): {@code detail} says what to fix,
 * {@code requestId} is what 21Vianet support asks for, {@code violations} name each invalid field.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProblemDetail(String type, String title, int status, String detail, String instance, String requestId,
        List<Violation> violations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(String field, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The problem in an error body; empty when the body is not one (a proxy's HTML page, an empty answer). */
    public static Optional<ProblemDetail> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            ProblemDetail problem = JSON.readValue(body, ProblemDetail.class);
            return problem.status() == 0 && problem.title() == null ? Optional.empty() : Optional.of(problem);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
