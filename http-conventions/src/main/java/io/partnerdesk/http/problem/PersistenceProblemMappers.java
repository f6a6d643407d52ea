package io.partnerdesk.http.problem;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;

/**
 * Hibernate's and the JDBC driver's exceptions: a lost optimistic lock is 412, the rest is classified by SQL state
 * ({@link DatabaseFailureAnswers}); anything unclassified is a logged 500.
 */
public class PersistenceProblemMappers {

    @Inject
    DatabaseFailureAnswers databaseFailures;

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.preconditionFailed(), request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return ProblemResponses.of(Problems.preconditionFailed(), request);
    }

    /** Hibernate's and the JDBC driver's exceptions: classified by SQL state, the rest is unexpected. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, HttpServerRequest request) {
        return databaseFailures.answer(e, request).orElseGet(() -> {
            Log.errorf(e, "Unexpected persistence error on %s %s", request == null ? "?" : request.method(),
                    request == null ? "?" : request.path());
            return ProblemResponses.of(Problems.internalError(), request);
        });
    }
}
