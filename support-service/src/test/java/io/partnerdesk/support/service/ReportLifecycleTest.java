package io.partnerdesk.support.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.partnerdesk.http.problem.ProblemException;
import io.partnerdesk.support.ReportStatus;
import io.partnerdesk.support.service.ReportLifecycle.Actor;

class ReportLifecycleTest {

    private static final Instant RESOLVED_AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(7);

    private static void move(Actor actor, ReportStatus from, ReportStatus to, Instant now) {
        ReportLifecycle.requireTransition(actor, from, to, now, RESOLVED_AT, WINDOW);
    }

    @ParameterizedTest(name = "{0}: {1} → {2} allowed")
    @CsvSource({
            "PARTNER, NEW, IN_PROGRESS", "PARTNER, NEW, ESCALATED", "PARTNER, NEW, RESOLVED",
            "PARTNER, IN_PROGRESS, ESCALATED", "PARTNER, IN_PROGRESS, RESOLVED", "PARTNER, ESCALATED, RESOLVED",
            "PARTNER, RESOLVED, CLOSED",
            "CUSTOMER, NEW, CLOSED", "CUSTOMER, RESOLVED, CLOSED", "CUSTOMER, RESOLVED, IN_PROGRESS" })
    void allowed(Actor actor, ReportStatus from, ReportStatus to) {
        assertThatCode(() -> move(actor, from, to, RESOLVED_AT.plusSeconds(60))).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: {1} → {2} refused")
    @CsvSource({
            // the customer neither works nor escalates its own report
            "CUSTOMER, NEW, IN_PROGRESS", "CUSTOMER, NEW, RESOLVED", "CUSTOMER, NEW, ESCALATED",
            "CUSTOMER, IN_PROGRESS, CLOSED", "CUSTOMER, ESCALATED, CLOSED",
            // the partner does not close what the customer has not seen resolved, nor reopen for it
            "PARTNER, NEW, CLOSED", "PARTNER, IN_PROGRESS, CLOSED", "PARTNER, RESOLVED, IN_PROGRESS",
            "PARTNER, ESCALATED, IN_PROGRESS", "PARTNER, ESCALATED, ESCALATED",
            // closed is final for everyone
            "PARTNER, CLOSED, IN_PROGRESS", "CUSTOMER, CLOSED, IN_PROGRESS", "CUSTOMER, CLOSED, NEW" })
    void refused(Actor actor, ReportStatus from, ReportStatus to) {
        assertThatThrownBy(() -> move(actor, from, to, RESOLVED_AT.plusSeconds(60)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().detail()).contains("Allowed next statuses");
                });
    }

    @Test
    @DisplayName("the customer reopens within 7 days of the resolution, to the second, and not after")
    void reopenWindow() {
        assertThatCode(() -> move(Actor.CUSTOMER, ReportStatus.RESOLVED, ReportStatus.IN_PROGRESS,
                RESOLVED_AT.plus(WINDOW))).doesNotThrowAnyException();
        assertThatThrownBy(() -> move(Actor.CUSTOMER, ReportStatus.RESOLVED, ReportStatus.IN_PROGRESS,
                RESOLVED_AT.plus(WINDOW).plusSeconds(1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().type()).endsWith("reopen-window-closed");
                });
        // confirming (closing) has no window
        assertThatCode(() -> move(Actor.CUSTOMER, ReportStatus.RESOLVED, ReportStatus.CLOSED,
                RESOLVED_AT.plus(Duration.ofDays(30)))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the customer edits only a new report; notes stop at closed")
    void editsAndNotes() {
        assertThatCode(() -> ReportLifecycle.requireCustomerEditable(ReportStatus.NEW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportLifecycle.requireCustomerEditable(ReportStatus.IN_PROGRESS))
                .isInstanceOf(ProblemException.class);
        assertThatCode(() -> ReportLifecycle.requireOpenForNotes(ReportStatus.RESOLVED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReportLifecycle.requireOpenForNotes(ReportStatus.CLOSED))
                .isInstanceOf(ProblemException.class);
    }
}
