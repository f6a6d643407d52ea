package io.partnerdesk.http.problem;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.RequestIds;
import io.vertx.core.http.HttpServerRequest;

/** Builds the JAX-RS response for a problem, filling in the request's path and id. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemException problem, HttpServerRequest request) {
        return of(problem.problem(), request, problem.headers());
    }

    public static Response of(ProblemException problem, HttpServerRequest request, Map<String, String> headers) {
        return of(problem.problem(), request, headers);
    }

    public static Response of(Problem problem, HttpServerRequest request) {
        return of(problem, request, Map.of());
    }

    public static Response of(Problem problem, HttpServerRequest request, Map<String, String> headers) {
        Problem located = problem.at(request == null ? null : request.path(),
                request == null ? null : RequestIds.of(request));
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(located);
        headers.forEach(builder::header);
        return builder.build();
    }
}
