package io.partnerdesk.http.problem;

import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.Violation;
import java.util.List;

/**
 * The problem types every PartnerDesk service shares, so that one kind of error looks the same everywhere.
 * Services add their own domain problem types in a factory of their own built on {@link #of}.
 */
public final class Problems {

    private Problems() {
    }

    /** A problem of type {@code TYPE_BASE + slug}. */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(Problem.TYPE_BASE + slug, title, status, detail, null, null, null);
    }

    public static ProblemException invalid(List<Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid; see violations.";
        return new ProblemException(new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400, detail,
                null, null, List.copyOf(violations)));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static ProblemException malformedBody(String detail) {
        return new ProblemException(of(400, "malformed-body", "Malformed request body", detail));
    }

    public static Problem unauthorized(String detail) {
        return of(401, "unauthorized", "Authentication required", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(of(403, "forbidden", "Not allowed", detail));
    }

    /** Not found and not visible to the caller answer the same, so nothing leaks about other tenants' records. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(of(404, "not-found", "Not found",
                what + " " + id + " does not exist or is not visible to you."));
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(of(409, slug, title, detail));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(of(428, "precondition-required", "If-Match required",
                "This change needs an If-Match header with the ETag from your last read of the resource, "
                        + "so that it cannot overwrite a change you have not seen."));
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(of(412, "precondition-failed", "Resource changed",
                "The resource was changed since the ETag you sent in If-Match. Read it again and retry with the new ETag."));
    }

    public static ProblemException unprocessable(String slug, String title, List<Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields break a rule; see violations.";
        return new ProblemException(new Problem(Problem.TYPE_BASE + slug, title, 422, detail, null, null,
                List.copyOf(violations)));
    }

    public static Problem payloadTooLarge(long limitBytes) {
        return of(413, "payload-too-large", "Request body too large",
                "Request bodies are limited to " + limitBytes + " bytes.");
    }

    /** The service cannot serve anyone just now (its database is unreachable); sent with {@code Retry-After}. */
    public static Problem serviceUnavailable(int retryAfterSeconds) {
        return of(503, "service-unavailable", "Service unavailable",
                "The service cannot reach its database just now. Retry in " + retryAfterSeconds + " seconds.");
    }

    public static Problem internalError() {
        return of(500, "internal-error", "Internal error",
                "An unexpected error occurred and was logged. Retry later; if it persists, contact support with the request id.");
    }

    public static Problem forStatus(int status, String detail) {
        return switch (status) {
            case 400 -> of(400, "bad-request", "Bad request", detail);
            case 404 -> of(404, "not-found", "Not found", detail);
            case 405 -> of(405, "method-not-allowed", "Method not allowed", detail);
            case 406 -> of(406, "not-acceptable", "Not acceptable", detail);
            case 413 -> of(413, "payload-too-large", "Request body too large", detail);
            case 415 -> of(415, "unsupported-media-type", "Unsupported media type", detail);
            default -> status >= 500 ? internalError() : of(status, "http-" + status, "HTTP " + status, detail);
        };
    }
}
