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

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.status() + " " + problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public Problem problem() {
        return problem;
    }

    /** Extra response headers, e.g. {@code Allow} or {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }
}
