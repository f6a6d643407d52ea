package io.partnerdesk.http.problem;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.persistence.DatabaseFailures;
import io.partnerdesk.problem.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem. Anything not recognised is a 500
 * whose cause is logged (with the request id, via the MDC) and never shown to the client.
 */
public class ProblemExceptionMappers {

    @ConfigProperty(name = "partnerdesk.http.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<io.agroal.api.AgroalDataSource> dataSources;

    /** Request fields that the server owns: a client sending one is told so, rather than "unknown field". */
    private static final Set<String> SERVER_OWNED_FIELDS = Set.of("id", "partnerId", "tenantId", "customerId",
            "status", "createdAt", "updatedAt", "version", "number", "decidedAt", "decidedBy");

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return ProblemResponses.of(e.problem(), request, e.headers());
    }

    @ServerExceptionMapper(priority = 4000)
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated("A valid bearer access token is required.", request, "Bearer");
    }

    @ServerExceptionMapper(priority = 4000)
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated("The bearer token is invalid or expired. Get a new access token and retry.", request,
                "Bearer error=\"invalid_token\"");
    }

    @ServerExceptionMapper(priority = 4000)
    public Response authenticationCompletion(AuthenticationCompletionException e, HttpServerRequest request) {
        return unauthenticated("The bearer token is invalid or expired. Get a new access token and retry.", request,
                "Bearer error=\"invalid_token\"");
    }

    private static Response unauthenticated(String detail, HttpServerRequest request, String challenge) {
        return ProblemResponses.of(Problems.unauthorized(detail), request,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.of(403, "forbidden", "Not allowed",
                "Your role does not allow this operation."), request);
    }

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
        return ProblemResponses.of(Problems.invalid(violations).problem(), request);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = jsonPath(e);
        String name = e.getPropertyName();
        String message = SERVER_OWNED_FIELDS.contains(name)
                ? "is set by the server and cannot be written"
                : "is not a field of this request";
        return ProblemResponses.of(Problems.invalid(field, message).problem(), request);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        String message;
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            message = "must be one of " + enumValues(target);
        } else if (target == String.class) {
            // The only string StrictJson refuses is one holding control characters.
            message = TextRules.CONTROL_CHARACTER_MESSAGE;
        } else if (target == java.time.Instant.class || target == java.time.OffsetDateTime.class) {
            message = TextRules.TIME_RANGE_MESSAGE;
        } else if (target != null) {
            message = "must be " + describe(target);
        } else {
            message = "has an invalid value";
        }
        return ProblemResponses.of(Problems.invalid(jsonPath(e), message).problem(), request);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        if (e.getPath().isEmpty() && e.getMessage() != null && e.getMessage().startsWith("Trailing token")) {
            return ProblemResponses.of(Problems.malformedBody(
                    "The body must hold exactly one JSON value; something follows it.").problem(), request);
        }
        if (e.getPath().isEmpty()) {
            return ProblemResponses.of(Problems.malformedBody("The body must be a JSON object.").problem(), request);
        }
        Class<?> target = e.getTargetType();
        String message = target == null ? "has the wrong type" : "must be " + describe(target);
        return ProblemResponses.of(Problems.invalid(jsonPath(e), message).problem(), request);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.invalid(jsonPath(e), "has an invalid value").problem(), request);
    }

    @ServerExceptionMapper
    public Response streamRead(StreamReadException e, HttpServerRequest request) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return ProblemResponses.of(Problems.invalid(duplicate, "is given more than once").problem(), request);
        }
        return ProblemResponses.of(Problems.malformedBody("The body is not well-formed JSON.").problem(), request);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.malformedBody("The body could not be read as JSON.").problem(), request);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.preconditionFailed().problem(), request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.preconditionFailed().problem(), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "Request failed with %d", status);
            return ProblemResponses.of(Problems.internalError(), request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            // Some readers wrap Jackson's exception; unwrap so the client gets the field-level answer.
            return jsonCause(json, request);
        }
        String detail = switch (status) {
            case 400 -> "The request could not be understood.";
            case 404 -> "No resource at " + (request == null ? "this path" : request.path()) + ".";
            case 405 -> "Method " + (request == null ? "" : request.method().name() + " ") + "is not allowed here.";
            case 406 -> "This resource answers application/json only.";
            case 415 -> "Send the body as application/json.";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
        return ProblemResponses.of(Problems.forStatus(status, detail), request);
    }

    private Response jsonCause(JsonProcessingException json, HttpServerRequest request) {
        if (json instanceof UnrecognizedPropertyException u) {
            return unrecognizedProperty(u, request);
        }
        if (json instanceof InvalidFormatException f) {
            return invalidFormat(f, request);
        }
        if (json instanceof MismatchedInputException m) {
            return mismatchedInput(m, request);
        }
        if (json instanceof JsonMappingException m) {
            return jsonMapping(m, request);
        }
        if (json instanceof StreamReadException r) {
            return streamRead(r, request);
        }
        return ProblemResponses.of(Problems.malformedBody("The body is not well-formed JSON.").problem(), request);
    }

    /**
     * A streamed body that outgrows {@code quarkus.http.limits.max-body-size} fails while it is read; Quarkus has then
     * usually answered 413 itself. That is the client's doing, not a fault of ours.
     */
    @ServerExceptionMapper
    public Response readFailure(IOException e, HttpServerRequest request) {
        if ("Request too large".equals(e.getMessage())) {
            Log.infof("Refused %s %s: streamed body exceeds %d bytes", request.method(), request.path(), maxBodyBytes);
            if (request.response().headWritten()) {
                // Quarkus has already answered 413 and is closing the connection; there is nothing left to write.
                return Response.status(413).build();
            }
            return ProblemResponses.of(Problems.payloadTooLarge(maxBodyBytes), request);
        }
        return unexpected(e, request);
    }

    /** Hibernate's and the JDBC driver's exceptions: classified by SQL state, the rest is unexpected. */
    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, HttpServerRequest request) {
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        var database = DatabaseFailures.classify(e);
        if (database.isPresent()) {
            return databaseFailure(database.get(), e, request);
        }
        Log.errorf(e, "Unexpected error on %s %s", request == null ? "?" : request.method(),
                request == null ? "?" : request.path());
        return ProblemResponses.of(Problems.internalError(), request);
    }

    /**
     * The last line of defence against a database error reaching a client as a 500: a value the column cannot hold is
     * the caller's (400), a constraint or serialization clash with a parallel call is a conflict (409), an unreachable
     * database is an outage (503 with Retry-After, which the gateway's breaker counts). Each is logged with the request
     * id: the first two mean a check is missing before the write.
     */
    private Response databaseFailure(DatabaseFailures.Kind kind, Throwable e, HttpServerRequest request) {
        String where = request == null ? "?" : request.method() + " " + request.path();
        return switch (kind) {
            case INVALID_VALUE -> {
                Log.warnf("Database refused a value on %s: %s", where, rootMessage(e));
                yield ProblemResponses.of(Problems.malformedBody(
                        "A value in the request cannot be stored (out of range or not representable). Check the values sent.")
                        .problem(), request);
            }
            case CONFLICT -> {
                Log.warnf("Integrity conflict on %s: %s", where, rootMessage(e));
                yield ProblemResponses.of(Problems.conflict("conflict", "Conflict",
                        "The request conflicts with a record written at the same time (for example the same name twice). "
                                + "Read the current state and retry if it still applies.").problem(), request);
            }
            case CONCURRENT -> {
                Log.infof("Concurrent change on %s: %s", where, rootMessage(e));
                yield ProblemResponses.of(Problems.conflict("concurrent-change", "Concurrent change",
                        "A parallel request changed the same records. Retry the request.").problem(), request);
            }
            case UNAVAILABLE -> {
                Log.errorf("Database unavailable on %s: %s", where, rootMessage(e));
                dropIdleConnections();
                yield ProblemResponses.of(Problems.serviceUnavailable(DATABASE_RETRY_AFTER_SECONDS), request,
                        Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(DATABASE_RETRY_AFTER_SECONDS)));
            }
        };
    }

    /**
     * Idle pooled connections to a database that went away are dead too; dropping them now means the first request
     * after the database returns gets a fresh connection instead of one more 503 per dead connection.
     */
    private void dropIdleConnections() {
        if (dataSources != null && dataSources.isResolvable()) {
            try {
                dataSources.get().flush(io.agroal.api.AgroalDataSource.FlushMode.IDLE);
            } catch (RuntimeException e) {
                Log.debugf("Could not flush idle connections: %s", e.getMessage());
            }
        }
    }

    /** Long enough for a pool to reconnect to a restarted database, short enough for clients to notice recovery. */
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The JSON path of a key given twice ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}), or null. */
    private static String duplicateKey(StreamReadException e) {
        if (e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field '")
                || e.getProcessor() == null) {
            return null;
        }
        com.fasterxml.jackson.core.JsonParser parser = e.getProcessor();
        List<String> names = new ArrayList<>();
        for (var context = parser.getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                names.add(0, context.getCurrentName());
            } else if (context.inArray()) {
                names.add(0, "[" + context.getCurrentIndex() + "]");
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names).replace(".[", "[");
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
                default -> {
                    if (node.getName() != null) {
                        parts.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
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

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String enumValues(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants())
                .map(c -> {
                    try {
                        var json = enumType.getField(((Enum<?>) c).name())
                                .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                        return json != null ? json.value() : c.toString();
                    } catch (NoSuchFieldException ex) {
                        return c.toString();
                    }
                })
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(Class<?> type) {
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an RFC 3339 UTC time such as 2026-11-24T09:00:00Z";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
