package io.partnerdesk.support.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a partner owes its customer a first response to a problem report: its own response target, counted only in the
 * hours it publishes in its support profile. Pure: the same inputs always give the same due time.
 */
public final class PartnerResponseClock {

    /**
     * How many days the clock looks ahead: enough for the slowest valid profile (one minute a week, a 7-day target:
     * about 70,000 days); a profile that needs more is refused rather than looped over.
     */
    static final int MAX_DAYS = 80_000;

    /**
     * The partner's stated support hours: on each of {@code days}, from {@code from} to {@code to} in {@code zone}. A
     * {@code to} before {@code from} spans midnight (the window belongs to the day it starts on); equal times mean the
     * whole day, 24 hours.
     */
    public record SupportHours(ZoneId zone, Set<DayOfWeek> days, LocalTime from, LocalTime to) {

        public SupportHours {
            if (days.isEmpty()) {
                throw new IllegalArgumentException("support hours need at least one day");
            }
            days = Set.copyOf(days);
        }

        /** The window that opens on {@code day}, or null when the partner does not work that day. */
        ZonedDateTime[] windowOpeningOn(LocalDate day) {
            if (!days.contains(day.getDayOfWeek())) {
                return null;
            }
            ZonedDateTime opens = day.atTime(from).atZone(zone);
            LocalDate closingDay = to.isAfter(from) ? day : day.plusDays(1);
            ZonedDateTime closes = closingDay.atTime(to).atZone(zone);
            return new ZonedDateTime[]{ opens, closes };
        }
    }

    private PartnerResponseClock() {
    }

    /** {@code reportedAt} plus {@code target} of the partner's support time. */
    public static Instant due(Instant reportedAt, SupportHours hours, Duration target) {
        Duration remaining = target;
        // A window opened the day before may still be open (hours spanning midnight).
        LocalDate day = reportedAt.atZone(hours.zone()).toLocalDate().minusDays(1);
        for (int i = 0; i < MAX_DAYS; i++) {
            ZonedDateTime[] window = hours.windowOpeningOn(day);
            day = day.plusDays(1);
            if (window == null) {
                continue;
            }
            Instant opens = window[0].toInstant();
            Instant closes = window[1].toInstant();
            if (!closes.isAfter(reportedAt)) {
                continue;
            }
            Instant start = opens.isAfter(reportedAt) ? opens : reportedAt;
            Duration open = Duration.between(start, closes);
            if (remaining.compareTo(open) <= 0) {
                return start.plus(remaining);
            }
            remaining = remaining.minus(open);
        }
        throw new IllegalArgumentException("a target of " + target + " is not reached within " + MAX_DAYS + " days");
    }

    /** Missed: no response and past due, or a response after the due time. No target (no profile): never. */
    public static boolean breached(Instant due, Instant respondedAt, Instant now) {
        return due != null && SlaClock.breached(due, respondedAt, now);
    }
}
