package io.partnerdesk.http.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.http.persistence.DatabaseFailures.Kind;

/** Classification by SQL state, wherever the driver's exception sits in the chain. */
class DatabaseFailuresTest {

    private static Throwable wrapped(SQLException cause) {
        return new PersistenceException("could not execute statement", new RuntimeException("wrapper", cause));
    }

    @Test
    @DisplayName("class 23 is a conflict, 40 a concurrent change, 22 an invalid value, 08/53/57P0x an outage")
    void bySqlState() {
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("dup", "23505")))).contains(Kind.CONFLICT);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("fk", "23503")))).contains(Kind.CONFLICT);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("serialization", "40001"))))
                .contains(Kind.CONCURRENT);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("nul", "22021")))).contains(Kind.INVALID_VALUE);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("refused", "08001")))).contains(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("shutdown", "57P01"))))
                .contains(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("cancel", "57014")))).isEmpty();
        assertThat(DatabaseFailures.classify(wrapped(new SQLException("syntax", "42601")))).isEmpty();
        assertThat(DatabaseFailures.classify(new IllegalStateException("no database here"))).isEmpty();
    }

    @Test
    @DisplayName("a pool that cannot hand out a connection is an outage, with or without a SQL state")
    void pool() {
        assertThat(DatabaseFailures.classify(new SQLTransientConnectionException("timeout")))
                .contains(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures
                .classify(wrapped(new SQLException("Acquisition timeout while waiting for new connection"))))
                .contains(Kind.UNAVAILABLE);
    }

    @Test
    @DisplayName("a unique violation is found however deep it is wrapped")
    void uniqueViolation() {
        assertThat(DatabaseFailures.isUniqueViolation(wrapped(new SQLException("dup", "23505")))).isTrue();
        assertThat(DatabaseFailures.isUniqueViolation(wrapped(new SQLException("fk", "23503")))).isFalse();
    }
}
