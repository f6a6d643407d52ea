package io.partnerdesk.support.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.partnerdesk.support.Severity;

class SlaClockTest {

    /** A wall-clock time in Shanghai, as the support desk reads it. */
    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SlaClock.SUPPORT_ZONE).toInstant();
    }

    @ParameterizedTest(name = "{1} created {0} is due {2}")
    @CsvSource({
            // severity A counts every hour of the day
            "2026-11-24T23:30, A, 2026-11-25T01:30",
            "2026-11-24T03:00, A, 2026-11-24T05:00",
            // inside support hours, B and C count straight on
            "2026-11-24T10:00, B, 2026-11-24T14:00",
            "2026-11-24T10:00, C, 2026-11-24T18:00",
            // across midnight: 30 minutes before it, the rest from 09:00
            "2026-11-24T23:30, B, 2026-11-25T12:30",
            "2026-11-24T23:30, C, 2026-11-25T16:30",
            // in the 00:00–09:00 gap: the clock starts at 09:00
            "2026-11-24T00:00, B, 2026-11-24T13:00",
            "2026-11-24T03:17, C, 2026-11-24T17:00",
            "2026-11-24T08:59, B, 2026-11-24T13:00",
            // boundaries: exactly at 09:00, and a target ending exactly at midnight
            "2026-11-24T09:00, B, 2026-11-24T13:00",
            "2026-11-24T20:00, B, 2026-11-25T00:00",
            "2026-11-24T16:00, C, 2026-11-25T00:00",
            // a C request late in the evening spills into the next support day
            "2026-11-24T22:00, C, 2026-11-25T15:00",
            // weekends are support days too
            "2026-11-28T23:00, C, 2026-11-29T16:00",
    })
    void firstResponseDue(String created, Severity severity, String due) {
        assertThat(SlaClock.firstResponseDue(shanghai(created), severity)).isEqualTo(shanghai(due));
    }

    @Test
    @DisplayName("the clock works on instants: a UTC creation time lands on the Shanghai support day")
    void utcInput() {
        // 15:30 UTC is 23:30 in Shanghai.
        assertThat(SlaClock.firstResponseDue(Instant.parse("2026-11-24T15:30:00Z"), Severity.B))
                .isEqualTo(Instant.parse("2026-11-25T04:30:00Z"));
    }

    @Test
    @DisplayName("lowering severity from A to C moves the due time, recomputed from creation")
    void downgrade() {
        Instant created = shanghai("2026-11-24T23:30");
        assertThat(SlaClock.firstResponseDue(created, Severity.A)).isEqualTo(shanghai("2026-11-25T01:30"));
        assertThat(SlaClock.firstResponseDue(created, Severity.C)).isEqualTo(shanghai("2026-11-25T16:30"));
    }

    @Test
    @DisplayName("breached: past due without a response, or a response after the due time; at the due time is in time")
    void breached() {
        Instant due = shanghai("2026-11-24T13:00");
        assertThat(SlaClock.breached(due, null, due.minusSeconds(1))).isFalse();
        assertThat(SlaClock.breached(due, null, due)).isFalse();
        assertThat(SlaClock.breached(due, null, due.plusSeconds(1))).isTrue();
        assertThat(SlaClock.breached(due, due, due.plusSeconds(3600))).isFalse();
        assertThat(SlaClock.breached(due, due.plusSeconds(1), due.plusSeconds(2))).isTrue();
    }
}
