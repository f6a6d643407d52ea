package io.partnerdesk.messagecenter.service;

import java.time.Duration;
import java.time.Instant;

import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.messagecenter.MaintenanceStatus;

/**
 * The rules of maintenance windows. Pure: a window's status is a function of its times and the clock, so that no job
 * has to move it and every replica agrees.
 */
public final class MaintenanceClock {

    /** The longest window that can be announced: a longer "maintenance" is an incident or a change, not a window. */
    public static final Duration LONGEST_WINDOW = Duration.ofDays(7);
    /** How far ahead a window can be announced. */
    public static final Duration FURTHEST_AHEAD = Duration.ofDays(366);
    /** A window may start a little in the past (the operator's clock, the time to write it), not more. */
    public static final Duration START_GRACE = Duration.ofMinutes(5);

    private MaintenanceClock() {
    }

    /** Cancelled wins; otherwise scheduled before the start, inProgress from the start, completed from the end. */
    public static MaintenanceStatus status(Instant startsAt, Instant endsAt, Instant cancelledAt, Instant now) {
        if (cancelledAt != null) {
            return MaintenanceStatus.CANCELLED;
        }
        if (now.isBefore(startsAt)) {
            return MaintenanceStatus.SCHEDULED;
        }
        return now.isBefore(endsAt) ? MaintenanceStatus.IN_PROGRESS : MaintenanceStatus.COMPLETED;
    }

    /**
     * A window to announce: ends after it starts and after now, lasts at most 7 days, starts from now (5 minutes'
     * grace) to a year ahead.
     */
    public static void requireAnnounceable(Instant startsAt, Instant endsAt, Instant now) {
        if (!endsAt.isAfter(startsAt)) {
            throw Problems.invalid("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST_WINDOW) > 0) {
            throw Problems.invalid("endsAt", "must be at most 7 days after startsAt");
        }
        if (!endsAt.isAfter(now)) {
            throw Problems.invalid("endsAt", "must be in the future: a window that has ended is not announced");
        }
        if (startsAt.isBefore(now.minus(START_GRACE))) {
            throw Problems.invalid("startsAt", "must not be in the past");
        }
        if (startsAt.isAfter(now.plus(FURTHEST_AHEAD))) {
            throw Problems.invalid("startsAt", "must be within a year from now");
        }
    }

    /** Only a window that has not ended can be cancelled; a cancelled one stays cancelled. */
    public static void requireCancellable(MaintenanceStatus status) {
        if (status == MaintenanceStatus.COMPLETED || status == MaintenanceStatus.CANCELLED) {
            throw MessageProblems.maintenanceNotCancellable(status);
        }
    }
}
