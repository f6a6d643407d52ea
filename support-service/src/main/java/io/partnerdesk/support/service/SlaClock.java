package io.partnerdesk.support.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.partnerdesk.support.Severity;

/**
 * 21Vianet's published first-response targets: severity A within 2 hours around the clock; B within 4 and C within
 * 8 hours counted only in support hours, 09:00–24:00 Asia/Shanghai, every day. Pure: the same inputs always give
 * the same due time.
 */
public final class SlaClock {

    public static final ZoneId SUPPORT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime SUPPORT_DAY_STARTS = LocalTime.of(9, 0);

    private SlaClock() {
    }

    /** The time allowed for the first response to a request of this severity. */
    public static Duration target(Severity severity) {
        return switch (severity) {
            case A -> Duration.ofHours(2);
            case B -> Duration.ofHours(4);
            case C -> Duration.ofHours(8);
        };
    }

    /** When the first response to a request created at {@code createdAt} is due. */
    public static Instant firstResponseDue(Instant createdAt, Severity severity) {
        if (severity == Severity.A) {
            return createdAt.plus(target(severity));
        }
        return addSupportTime(createdAt, target(severity));
    }

    /**
     * Whether the target was missed: no response and the due time has passed, or a response that came after it.
     */
    public static boolean breached(Instant due, Instant respondedAt, Instant now) {
        return respondedAt == null ? now.isAfter(due) : respondedAt.isAfter(due);
    }

    /** {@code start} plus {@code remaining} of support time (09:00–24:00 Asia/Shanghai). */
    static Instant addSupportTime(Instant start, Duration remaining) {
        ZonedDateTime cursor = start.atZone(SUPPORT_ZONE);
        while (true) {
            ZonedDateTime dayStart = cursor.toLocalDate().atTime(SUPPORT_DAY_STARTS).atZone(SUPPORT_ZONE);
            ZonedDateTime dayEnd = cursor.toLocalDate().plusDays(1).atStartOfDay(SUPPORT_ZONE);
            if (cursor.isBefore(dayStart)) {
                cursor = dayStart;
            }
            Duration leftToday = Duration.between(cursor, dayEnd);
            if (remaining.compareTo(leftToday) <= 0) {
                return cursor.plus(remaining).toInstant();
            }
            remaining = remaining.minus(leftToday);
            cursor = dayEnd;
        }
    }
}
