package io.partnerdesk.messagecenter.service;

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
import io.partnerdesk.messagecenter.MaintenanceStatus;

class MaintenanceClockTest {

    private static final Instant START = Instant.parse("2026-12-05T18:00:00Z");
    private static final Instant END = Instant.parse("2026-12-05T20:00:00Z");

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource({
            "2026-12-05T17:59:59Z, SCHEDULED",
            // the start is inclusive, the end exclusive
            "2026-12-05T18:00:00Z, IN_PROGRESS",
            "2026-12-05T19:59:59.999Z, IN_PROGRESS",
            "2026-12-05T20:00:00Z, COMPLETED",
            "2027-01-01T00:00:00Z, COMPLETED" })
    void followsTheClock(Instant now, MaintenanceStatus expected) {
        assertThat(MaintenanceClock.status(START, END, null, now)).isEqualTo(expected);
    }

    @Test
    @DisplayName("cancelled wins at any time, even inside or after the window")
    void cancelledWins() {
        Instant cancelled = START.minusSeconds(60);
        for (Instant now : new Instant[]{ START.minusSeconds(1), START, END }) {
            assertThat(MaintenanceClock.status(START, END, cancelled, now)).isEqualTo(MaintenanceStatus.CANCELLED);
        }
    }

    @Test
    @DisplayName("announceable: ends after it starts, at most 7 days, from 5 minutes ago to a year ahead")
    void announceable() {
        Instant now = START.minus(Duration.ofDays(1));
        assertThatCode(() -> MaintenanceClock.requireAnnounceable(START, END, now)).doesNotThrowAnyException();
        assertThatCode(() -> MaintenanceClock.requireAnnounceable(START, START.plus(Duration.ofDays(7)), now))
                .doesNotThrowAnyException();
        assertRefused(START, START, now, "endsAt");
        assertRefused(START, START.minusSeconds(1), now, "endsAt");
        assertRefused(START, START.plus(Duration.ofDays(7)).plusSeconds(1), now, "endsAt");
        assertRefused(now.minus(Duration.ofMinutes(6)), END, now, "startsAt");
        assertRefused(now.minus(Duration.ofMinutes(4)), now.minus(Duration.ofMinutes(1)), now, "endsAt");
        assertThatCode(() -> MaintenanceClock.requireAnnounceable(now.minus(Duration.ofMinutes(4)), END, now))
                .doesNotThrowAnyException();
        assertRefused(now.plus(Duration.ofDays(367)), now.plus(Duration.ofDays(368)), now, "startsAt");
    }

    @Test
    @DisplayName("a completed or cancelled window cannot be cancelled (409); scheduled and inProgress can")
    void cancellable() {
        assertThatCode(() -> MaintenanceClock.requireCancellable(MaintenanceStatus.SCHEDULED))
                .doesNotThrowAnyException();
        assertThatCode(() -> MaintenanceClock.requireCancellable(MaintenanceStatus.IN_PROGRESS))
                .doesNotThrowAnyException();
        for (MaintenanceStatus done : new MaintenanceStatus[]{ MaintenanceStatus.COMPLETED,
                MaintenanceStatus.CANCELLED }) {
            assertThatThrownBy(() -> MaintenanceClock.requireCancellable(done)).isInstanceOfSatisfying(
                    ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        }
    }

    private static void assertRefused(Instant start, Instant end, Instant now, String field) {
        assertThatThrownBy(() -> MaintenanceClock.requireAnnounceable(start, end, now))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().violations().get(0).field()).isEqualTo(field));
    }
}
