package io.partnerdesk.problem;

/**
 * The catalogue of problem types that the gateway and every service share: one slug, status and title per kind of
 * error, wherever it is raised, so that a client tells them apart by {@code type} alone. Domain problems of one
 * service (e.g. {@code subscription-read-only}) stay in that service's own factory.
 */
public enum ProblemType {

    BAD_REQUEST(400, "bad-request", "Bad request"),
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    PRECONDITION_FAILED(412, "precondition-failed", "Resource changed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    URI_TOO_LONG(414, "uri-too-long", "Request line too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match required"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    BAD_GATEWAY(502, "bad-gateway", "Service unreachable"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Service timed out");

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The {@code type} URI of problems of this kind. */
    public String uri() {
        return Problem.TYPE_BASE + slug;
    }

    /** A problem of this kind, with what went wrong this time and what the client can do next. */
    public Problem with(String detail) {
        return new Problem(uri(), title, status, detail, null, null, null);
    }
}
