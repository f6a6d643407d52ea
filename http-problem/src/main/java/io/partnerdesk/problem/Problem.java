package io.partnerdesk.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response of every PartnerDesk service
 * ({@code application/problem+json}).
 *
 * @param type       URI that identifies the kind of problem; stable, documented in the README
 * @param title      short summary of the kind of problem, the same for every occurrence of {@code type}
 * @param status     the HTTP status code
 * @param detail     what went wrong in this occurrence and what the client can do next
 * @param instance   the request path the problem occurred on
 * @param requestId  the request id ({@code X-Request-Id}) to quote to support
 * @param violations the invalid fields, for invalid input only
 */
@Schema(name = "Problem", description = "RFC 9457 problem detail; every error answers with one.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://partnerdesk.io/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "quantity must be between 1 and 300 for offer Office 365 E3") String detail,
        @Schema(example = "/api/v1/customers") String instance,
        @Schema(example = "3f1c9b0e-8a7d-4a8e-9d43-0c1b2a3d4e5f") String requestId,
        List<Violation> violations) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Base of every PartnerDesk problem type URI. */
    public static final String TYPE_BASE = "https://partnerdesk.io/problems/";

    /** This problem with the request-specific parts filled in. */
    public Problem at(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, violations);
    }
}
