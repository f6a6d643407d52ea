package io.partnerdesk.http.problem;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;

/**
 * Our own problems, JAX-RS's status exceptions, and the last line: anything no other mapper recognises is a database
 * failure by SQL state or a 500 whose cause is logged (with the request id, via the MDC) and never shown to the
 * client. The other kinds have mappers of their own: {@link JsonProblemMappers}, {@link ValidationProblemMappers},
 * {@link SecurityProblemMappers}, {@link PersistenceProblemMappers}.
 */
public class ProblemExceptionMappers {

    @ConfigProperty(name = "partnerdesk.http.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @Inject
    DatabaseFailureAnswers databaseFailures;

    private final JsonProblemMappers json = new JsonProblemMappers();

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return ProblemResponses.of(e, request, e.headers());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        // A typed query parameter that failed conversion (QueryParamConverters): its problem names the parameter.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, request);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "Request failed with %d", status);
            return ProblemResponses.of(Problems.internalError(), request);
        }
        if (e.getCause() instanceof JsonProcessingException jsonFailure) {
            // Some readers wrap Jackson's exception; unwrap so the client gets the field-level answer.
            return json.jsonCause(jsonFailure, request);
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

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (databaseFailures != null) {
            var database = databaseFailures.answer(e, request);
            if (database.isPresent()) {
                return database.get();
            }
        }
        Log.errorf(e, "Unexpected error on %s %s", request == null ? "?" : request.method(),
                request == null ? "?" : request.path());
        return ProblemResponses.of(Problems.internalError(), request);
    }
}
