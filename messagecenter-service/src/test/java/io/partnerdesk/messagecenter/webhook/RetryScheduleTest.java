package io.partnerdesk.messagecenter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(2),
            Duration.ofHours(72));
    private final Instant first = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    @DisplayName("the wait doubles after each failure, between half and all of its ceiling, up to the maximum")
    void doubles() {
        Random random = new Random(7);
        for (int failures = 1; failures <= 12; failures++) {
            Duration ceiling = schedule.ceiling(failures);
            Instant next = schedule.next(failures, first, first, random);
            Duration wait = Duration.between(first, next);
            assertThat(wait).isBetween(ceiling.dividedBy(2), ceiling);
        }
        assertThat(schedule.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.ceiling(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(schedule.ceiling(40)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    @DisplayName("past the horizon since the first attempt there is no next attempt")
    void horizon() {
        Random random = new Random(7);
        assertThat(schedule.next(30, first, first.plus(Duration.ofHours(60)), random)).isNotNull();
        assertThat(schedule.next(30, first, first.plus(Duration.ofHours(71)), random)).isNull();
    }

    @Test
    @DisplayName("retrying for 72 hours takes a few dozen attempts, not thousands")
    void attemptsWithinHorizon() {
        Random random = new Random(7);
        Instant now = first;
        int attempts = 1;
        Instant next;
        while ((next = schedule.next(attempts, first, now, random)) != null) {
            now = next;
            attempts++;
        }
        assertThat(attempts).isBetween(36, 80);
    }
}
