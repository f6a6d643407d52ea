package io.partnerdesk.http.problem;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.partnerdesk.problem.Violation;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;

/** Bean Validation: each violated constraint a violation named by its JSON field or parameter (400). */
public class ValidationProblemMappers {

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (returnValue) {
            // A response that breaks its own contract is our bug, not the client's.
            Log.errorf(e, "Response validation failed");
            return ProblemResponses.of(Problems.internalError(), request);
        }
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ProblemResponses.of(Problems.invalid(violations), request);
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }

    /**
     * The client-facing field of a violation: the JSON path inside the body (e.g. {@code contact.email}), or the
     * query/path parameter name, never the Java method and argument names.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parts.add(node.getName());
                // An element of a list is named by its index on the list's own field (languages[0]), as JSON paths
                // name it, never by the validator's "<list element>"; a set's element has no index: the set's field.
                case CONTAINER_ELEMENT -> {
                    if (!parts.isEmpty() && node.getIndex() != null) {
                        parts.add(parts.remove(parts.size() - 1) + "[" + node.getIndex() + "]");
                    }
                }
                default -> {
                    if (node.getName() != null) {
                        parts.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]"
                                : node.getName());
                    }
                }
            }
        }
        // A violation inside a request body names the body parameter first; clients know the body, not the parameter.
        if (parts.size() > 1 && violation.getLeafBean() != null && violation.getRootBean() != null) {
            parts.remove(0);
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }
}
