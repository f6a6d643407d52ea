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
        return of(problem, request, problem.headers());
    }

    public static Response of(ProblemException problem, HttpServerRequest request, Map<String, String> headers) {
        Response plain = of(problem.problem(), request, headers);
        if (problem.extensions().isEmpty()) {
            return plain;
        }
        // The standard members as the record writes them (nulls left out), then the extensions.
        Problem located = (Problem) plain.getEntity();
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", located.type());
        body.put("title", located.title());
        body.put("status", located.status());
        putIfPresent(body, "detail", located.detail());
        putIfPresent(body, "instance", located.instance());
        putIfPresent(body, "requestId", located.requestId());
        putIfPresent(body, "violations", located.violations());
        body.putAll(problem.extensions());
        return Response.fromResponse(plain).entity(body).build();
    }

    private static void putIfPresent(Map<String, Object> body, String name, Object value) {
        if (value != null) {
            body.put(name, value);
        }
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
