package io.partnerdesk.http.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * What a database failure means for the caller, read from the SQL state wherever in the cause chain it sits (Hibernate
 * 7 throws its own exceptions unwrapped, Narayana wraps them again at commit, Agroal has its own for the pool).
 */
public final class DatabaseFailures {

    /** How a failure is answered. */
    public enum Kind {
        /** Class 23, integrity constraint (e.g. a unique name written twice at once): 409, the caller may re-read. */
        CONFLICT,
        /** Class 40, serialization failure or deadlock with a parallel call: 409, a retry will usually pass. */
        CONCURRENT,
        /** Class 22, data exception (a value the column cannot hold): 400; a gap in validation, logged. */
        INVALID_VALUE,
        /** The database cannot be reached or is shutting down: 503 with Retry-After, an outage for every caller. */
        UNAVAILABLE
    }

    private DatabaseFailures() {
    }

    /** The kind of database failure {@code failure} is, or empty when it is none (or one we cannot classify). */
    public static Optional<Kind> classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || isConnectionAcquisition(cause)) {
                return Optional.of(Kind.UNAVAILABLE);
            }
            if (cause instanceof SQLException sql) {
                Optional<Kind> kind = bySqlState(sql.getSQLState());
                if (kind.isPresent()) {
                    return kind;
                }
                if (sql.getSQLState() == null && isPoolExhaustion(sql)) {
                    return Optional.of(Kind.UNAVAILABLE);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code failure} is a unique-constraint violation (SQL state 23505), wherever it is wrapped. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Optional<Kind> bySqlState(String state) {
        if (state == null || state.length() != 5) {
            return Optional.empty();
        }
        return switch (state.substring(0, 2)) {
            case "23" -> Optional.of(Kind.CONFLICT);
            case "40" -> Optional.of(Kind.CONCURRENT);
            case "22" -> Optional.of(Kind.INVALID_VALUE);
            // 08 connection exception, 53 insufficient resources (e.g. too many connections), 57P0x shutdown/crash
            case "08", "53" -> Optional.of(Kind.UNAVAILABLE);
            case "57" -> state.startsWith("57P0") ? Optional.of(Kind.UNAVAILABLE) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * Hibernate's own signs that no connection could be had, whatever the driver said (a database refusing connections
     * answers 55000, not a connection-class state): JDBCConnectionException, or "Unable to acquire JDBC Connection".
     * Read by name, so this module needs no Hibernate types at run time.
     */
    private static boolean isConnectionAcquisition(Throwable cause) {
        if ("org.hibernate.exception.JDBCConnectionException".equals(cause.getClass().getName())) {
            return true;
        }
        String message = cause.getMessage();
        return cause.getClass().getName().startsWith("org.hibernate.") && message != null
                && message.startsWith("Unable to acquire JDBC Connection");
    }

    private static boolean isPoolExhaustion(SQLException sql) {
        // Agroal's "Acquisition timeout while waiting for new connection" carries no SQL state: every connection is
        // busy or the database does not answer new ones.
        String message = sql.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
