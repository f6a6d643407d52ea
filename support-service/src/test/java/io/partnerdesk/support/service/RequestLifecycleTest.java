package io.partnerdesk.support.service;

import static io.partnerdesk.support.RequestStatus.AWAITING_PARTNER;
import static io.partnerdesk.support.RequestStatus.CLOSED;
import static io.partnerdesk.support.RequestStatus.IN_PROGRESS;
import static io.partnerdesk.support.RequestStatus.OPEN;
import static io.partnerdesk.support.RequestStatus.RESOLVED;
import static io.partnerdesk.support.service.RequestLifecycle.Actor.ENGINEER;
import static io.partnerdesk.support.service.RequestLifecycle.Actor.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.http.problem.ProblemException;
import io.partnerdesk.support.RequestStatus;

class RequestLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    private static void allowed(RequestLifecycle.Actor actor, RequestStatus from, RequestStatus to) {
        assertThatCode(() -> RequestLifecycle.requireTransition(actor, from, to, NOW, NOW, WEEK))
                .as("%s moves %s → %s", actor, from, to).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the engineer works a request open → in_progress ⇄ awaiting_partner → resolved")
    void engineerMoves() {
        allowed(ENGINEER, OPEN, IN_PROGRESS);
        allowed(ENGINEER, IN_PROGRESS, AWAITING_PARTNER);
        allowed(ENGINEER, AWAITING_PARTNER, IN_PROGRESS);
        allowed(ENGINEER, IN_PROGRESS, RESOLVED);
        allowed(ENGINEER, AWAITING_PARTNER, RESOLVED);
        assertThat(RequestLifecycle.allowedNext(ENGINEER, RESOLVED)).isEmpty();
        assertThat(RequestLifecycle.allowedNext(ENGINEER, CLOSED)).isEmpty();
    }

    @Test
    @DisplayName("the partner withdraws open or awaiting requests, confirms or reopens resolved ones")
    void partnerMoves() {
        allowed(PARTNER, OPEN, CLOSED);
        allowed(PARTNER, AWAITING_PARTNER, CLOSED);
        allowed(PARTNER, RESOLVED, CLOSED);
        allowed(PARTNER, RESOLVED, IN_PROGRESS);
        assertThat(RequestLifecycle.allowedNext(PARTNER, IN_PROGRESS)).isEmpty();
    }

    @Test
    @DisplayName("a refused move is 409 naming the current status and the allowed next ones")
    void refused() {
        assertThatThrownBy(() -> RequestLifecycle.requireTransition(PARTNER, OPEN, RESOLVED, NOW, null, WEEK))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().detail()).contains("is open").contains("Allowed next statuses: closed");
                });
        assertThatThrownBy(() -> RequestLifecycle.requireTransition(ENGINEER, OPEN, CLOSED, NOW, null, WEEK))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().detail()).contains("Allowed next statuses: in_progress"));
        assertThatThrownBy(() -> RequestLifecycle.requireTransition(ENGINEER, CLOSED, IN_PROGRESS, NOW, null, WEEK))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().detail()).contains("none for you"));
    }

    @Test
    @DisplayName("reopening is allowed up to 7 days after resolution, not a moment later")
    void reopenWindow() {
        Instant resolved = NOW.minus(WEEK);
        assertThatCode(() -> RequestLifecycle.requireTransition(PARTNER, RESOLVED, IN_PROGRESS, NOW, resolved, WEEK))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RequestLifecycle.requireTransition(PARTNER, RESOLVED, IN_PROGRESS, NOW.plusMillis(1),
                resolved, WEEK)).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().type()).endsWith("reopen-window-closed"));
        // Confirming (closing) a resolved request has no window.
        assertThatCode(
                () -> RequestLifecycle.requireTransition(PARTNER, RESOLVED, CLOSED, NOW.plus(WEEK), resolved, WEEK))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the partner edits only open requests; notes stop at closed")
    void editsAndNotes() {
        assertThatCode(() -> RequestLifecycle.requirePartnerEditable(OPEN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RequestLifecycle.requirePartnerEditable(IN_PROGRESS))
                .isInstanceOf(ProblemException.class);
        assertThatCode(() -> RequestLifecycle.requireOpenForNotes(RESOLVED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RequestLifecycle.requireOpenForNotes(CLOSED)).isInstanceOf(ProblemException.class);
    }
}
