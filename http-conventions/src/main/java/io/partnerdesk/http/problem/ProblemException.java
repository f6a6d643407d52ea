package io.partnerdesk.http.problem;

import java.util.Map;

import io.partnerdesk.problem.Problem;

/**
 * Thrown by any layer to answer the request with a problem. Mapped to the response by
 * {@link ProblemExceptionMappers}; never carries a cause that reaches the client.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;
    private final transient Map<String, Object> extensions;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        this(problem, headers, Map.of());
    }

    private ProblemException(Problem problem, Map<String, String> headers, Map<String, Object> extensions) {
        super(problem.status() + " " + problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
        this.extensions = extensions;
    }

    /**
     * This problem with an extension member (RFC 9457 section 3.2): a machine-readable fact a client acts on, such as
     * whom to ask. Its name must not be one of the standard members.
     */
    public ProblemException withExtension(String name, Object value) {
        if (java.util.Set.of("type", "title", "status", "detail", "instance", "requestId", "violations")
                .contains(name)) {
            throw new IllegalArgumentException("not an extension member: " + name);
        }
        Map<String, Object> more = new java.util.LinkedHashMap<>(extensions);
        more.put(name, value);
        return new ProblemException(problem, headers, java.util.Collections.unmodifiableMap(more));
    }

    /** Extension members, in the order they were added; empty for most problems. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    public Problem problem() {
        return problem;
    }

    /** Extra response headers, e.g. {@code Allow} or {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }
}
