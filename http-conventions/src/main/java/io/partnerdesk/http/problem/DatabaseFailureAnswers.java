package io.partnerdesk.http.problem;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.agroal.api.AgroalDataSource;
import io.partnerdesk.http.persistence.DatabaseFailures;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;

/** The answer to a database failure, whichever mapper met it (Hibernate's own, or one wrapped at commit). */
@Singleton
public class DatabaseFailureAnswers {

    @Inject
    Instance<AgroalDataSource> dataSources;

    /** The problem for {@code e} when it is a database failure {@link DatabaseFailures} recognises; else empty. */
    public Optional<Response> answer(Throwable e, HttpServerRequest request) {
        return DatabaseFailures.classify(e).map(kind -> databaseFailure(kind, e, request));
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
                        "A value in the request cannot be stored (out of range or not representable). Check the values sent."),
                        request);
            }
            case CONFLICT -> {
                Log.warnf("Integrity conflict on %s: %s", where, rootMessage(e));
                yield ProblemResponses.of(Problems.conflict("conflict", "Conflict",
                        "The request conflicts with a record written at the same time (for example the same name twice). "
                                + "Read the current state and retry if it still applies."),
                        request);
            }
            case CONCURRENT -> {
                Log.infof("Concurrent change on %s: %s", where, rootMessage(e));
                yield ProblemResponses.of(Problems.conflict("concurrent-change", "Concurrent change",
                        "A parallel request changed the same records. Retry the request."), request);
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
                dataSources.get().flush(AgroalDataSource.FlushMode.IDLE);
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
}
