package io.partnerdesk.http.problem;

import java.util.List;

import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.ProblemType;
import io.partnerdesk.problem.Violation;

/**
 * The problems every PartnerDesk service raises, of the types in the shared {@link ProblemType} catalogue, each as the
 * {@link ProblemException} that answers the request with it: thrown by any layer, or handed to
 * {@link ProblemResponses} by a mapper. Services add their own domain problems with {@link #of}.
 */
public final class Problems {

    private Problems() {
    }

    /** A domain problem of a service: type {@code TYPE_BASE + slug}, for a rule of its own. */
    public static ProblemException of(int status, String slug, String title, String detail) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + slug, title, status, detail, null, null, null));
    }

    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(type.with(detail));
    }

    public static ProblemException invalid(List<Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid; see violations.";
        ProblemType type = ProblemType.VALIDATION;
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(), detail, null, null,
                List.copyOf(violations)));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static ProblemException malformedBody(String detail) {
        return of(ProblemType.MALFORMED_BODY, detail);
    }

    public static ProblemException unauthorized(String detail) {
        return of(ProblemType.UNAUTHORIZED, detail);
    }

    public static ProblemException forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    /** Not found and not visible to the caller answer the same, so nothing leaks about other tenants' records. */
    public static ProblemException notFound(String what, Object id) {
        return of(ProblemType.NOT_FOUND, what + " " + id + " does not exist or is not visible to you.");
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return of(409, slug, title, detail);
    }

    public static ProblemException preconditionRequired() {
        return of(ProblemType.PRECONDITION_REQUIRED,
                "This change needs an If-Match header with the ETag from your last read of the resource, "
                        + "so that it cannot overwrite a change you have not seen.");
    }

    public static ProblemException preconditionFailed() {
        return of(ProblemType.PRECONDITION_FAILED,
                "The resource was changed since the ETag you sent in If-Match. Read it again and retry with the new ETag.");
    }

    public static ProblemException unprocessable(String slug, String title, List<Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields break a rule; see violations.";
        return new ProblemException(new Problem(Problem.TYPE_BASE + slug, title, 422, detail, null, null,
                List.copyOf(violations)));
    }

    public static ProblemException payloadTooLarge(long limitBytes) {
        return of(ProblemType.PAYLOAD_TOO_LARGE, "Request bodies are limited to " + limitBytes + " bytes.");
    }

    public static ProblemException uriTooLong(int limit) {
        return of(ProblemType.URI_TOO_LONG,
                "Path and query are limited to " + limit + " characters; send fewer or shorter parameters.");
    }

    /** The service cannot serve anyone just now (its database is unreachable); sent with {@code Retry-After}. */
    public static ProblemException serviceUnavailable(int retryAfterSeconds) {
        return of(ProblemType.SERVICE_UNAVAILABLE,
                "The service cannot reach its database just now. Retry in " + retryAfterSeconds + " seconds.");
    }

    /**
     * Another service this one asked did not answer in time (503 {@code dependency-unavailable}, {@code Retry-After: 5}):
     * the caller's request was not carried out and may be retried as it is.
     *
     * @param title  what could not be read, e.g. "Customer directory unavailable"
     * @param detail what was not done and why, naming the other service
     */
    public static ProblemException dependencyUnavailable(String title, String detail) {
        return new ProblemException(of(503, "dependency-unavailable", title, detail).problem(),
                java.util.Map.of("Retry-After", "5"));
    }

    public static ProblemException internalError() {
        return of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred and was logged. Retry later; if it persists, contact support with the request id.");
    }

    /** The problem for a status the framework chose (an unknown route, a method or media type it refused). */
    public static ProblemException forStatus(int status, String detail) {
        return switch (status) {
            case 400 -> of(ProblemType.BAD_REQUEST, detail);
            case 404 -> of(ProblemType.NOT_FOUND, detail);
            case 405 -> of(ProblemType.METHOD_NOT_ALLOWED, detail);
            case 406 -> of(ProblemType.NOT_ACCEPTABLE, detail);
            case 413 -> of(ProblemType.PAYLOAD_TOO_LARGE, detail);
            case 415 -> of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail);
            default -> status >= 500 ? internalError() : of(status, "http-" + status, "HTTP " + status, detail);
        };
    }
}
