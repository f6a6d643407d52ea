package io.partnerdesk.support.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.partnerdesk.support.service.PartnerResponseClock.SupportHours;

class PartnerResponseClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static SupportHours hours(ZoneId zone, Set<DayOfWeek> days, String from, String to) {
        return new SupportHours(zone, days, LocalTime.parse(from), LocalTime.parse(to));
    }

    // 2026-11-23 is a Monday, 2026-11-27 a Friday.
    @ParameterizedTest(name = "reported {0} with {1} target is due {2}")
    @CsvSource({
            // inside the day, counting straight on
            "2026-11-23T10:00, PT4H, 2026-11-23T14:00",
            // ending exactly at closing time
            "2026-11-23T14:00, PT4H, 2026-11-23T18:00",
            // past closing: the rest the next working morning
            "2026-11-23T16:00, PT4H, 2026-11-24T11:00",
            // before opening: the clock starts at 09:00
            "2026-11-23T06:30, PT1H, 2026-11-23T10:00",
            // Friday afternoon runs into Monday
            "2026-11-27T17:00, PT4H, 2026-11-30T12:00",
            // reported on Saturday: Monday morning
            "2026-11-28T11:00, PT30M, 2026-11-30T09:30",
            // more than a working day: whole days skipped
            "2026-11-23T09:00, PT20H, 2026-11-25T11:00",
    })
    void officeHours(String reported, Duration target, String due) {
        SupportHours office = hours(SHANGHAI, WEEKDAYS, "09:00", "18:00");
        assertThat(PartnerResponseClock.due(at(SHANGHAI, reported), office, target)).isEqualTo(at(SHANGHAI, due));
    }

    @ParameterizedTest(name = "night desk: reported {0} with {1} target is due {2}")
    @CsvSource({
            // 22:00–06:00 spans midnight: the window belongs to the day it opens on
            "2026-11-23T23:00, PT4H, 2026-11-24T03:00",
            "2026-11-24T05:00, PT2H, 2026-11-24T23:00",
            // reported in the small hours of Saturday: Friday's window is still open until 06:00
            "2026-11-28T04:00, PT1H, 2026-11-28T05:00",
            // ... and once it closes, nothing until Monday 22:00 (Saturday and Sunday windows are not worked)
            "2026-11-28T05:30, PT1H, 2026-11-30T22:30",
            // daytime: the next window
            "2026-11-23T12:00, PT30M, 2026-11-23T22:30",
    })
    void hoursSpanningMidnight(String reported, Duration target, String due) {
        SupportHours nights = hours(SHANGHAI, WEEKDAYS, "22:00", "06:00");
        assertThat(PartnerResponseClock.due(at(SHANGHAI, reported), nights, target)).isEqualTo(at(SHANGHAI, due));
    }

    @Test
    @DisplayName("equal from and to mean around the clock on the listed days")
    void aroundTheClock() {
        SupportHours allDay = hours(SHANGHAI, WEEKDAYS, "00:00", "00:00");
        assertThat(PartnerResponseClock.due(at(SHANGHAI, "2026-11-23T23:00"), allDay, Duration.ofHours(4)))
                .isEqualTo(at(SHANGHAI, "2026-11-24T03:00"));
        // Friday 23:00 plus 4 hours: one hour on Friday, three on Monday
        assertThat(PartnerResponseClock.due(at(SHANGHAI, "2026-11-27T23:00"), allDay, Duration.ofHours(4)))
                .isEqualTo(at(SHANGHAI, "2026-11-30T03:00"));
        SupportHours everyDay = hours(SHANGHAI, EnumSet.allOf(DayOfWeek.class), "08:00", "08:00");
        assertThat(PartnerResponseClock.due(at(SHANGHAI, "2026-11-27T23:00"), everyDay, Duration.ofDays(7)))
                .isEqualTo(at(SHANGHAI, "2026-12-04T23:00"));
    }

    @Test
    @DisplayName("the partner's time zone decides, not the server's: the same instant in Berlin and Shanghai hours")
    void timeZones() {
        Instant reported = Instant.parse("2026-11-23T07:00:00Z"); // 15:00 in Shanghai, 08:00 in Berlin
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(PartnerResponseClock.due(reported, hours(SHANGHAI, WEEKDAYS, "09:00", "18:00"), Duration.ofHours(4)))
                .isEqualTo(at(SHANGHAI, "2026-11-24T10:00"));
        assertThat(PartnerResponseClock.due(reported, hours(berlin, WEEKDAYS, "09:00", "18:00"), Duration.ofHours(4)))
                .isEqualTo(at(berlin, "2026-11-23T13:00"));
    }

    @Test
    @DisplayName("a daylight-saving change inside the hours counts elapsed time, not wall-clock time")
    void daylightSaving() {
        // Berlin springs forward 2027-03-28 02:00 → 03:00: the night 00:00–06:00 that day lasts 5 hours.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        SupportHours nights = hours(berlin, EnumSet.allOf(DayOfWeek.class), "00:00", "06:00");
        assertThat(PartnerResponseClock.due(at(berlin, "2027-03-28T00:00"), nights, Duration.ofHours(5)))
                .isEqualTo(at(berlin, "2027-03-28T06:00"));
        assertThat(PartnerResponseClock.due(at(berlin, "2027-03-28T00:00"), nights, Duration.ofHours(6)))
                .isEqualTo(at(berlin, "2027-03-29T01:00"));
    }

    @Test
    @DisplayName("breached: past due without a response or answered late; no target is never breached")
    void breached() {
        Instant due = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(PartnerResponseClock.breached(due, null, due.plusSeconds(1))).isTrue();
        assertThat(PartnerResponseClock.breached(due, null, due)).isFalse();
        assertThat(PartnerResponseClock.breached(due, due.minusSeconds(60), due.plusSeconds(9999))).isFalse();
        assertThat(PartnerResponseClock.breached(due, due.plusSeconds(1), due.plusSeconds(2))).isTrue();
        assertThat(PartnerResponseClock.breached(null, null, Instant.MAX)).isFalse();
    }
}
