package io.partnerdesk.subscriptions.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as PostgreSQL stores them (microseconds), so that what a write returns equals what a later read returns. */
final class Timestamps {

    private Timestamps() {
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A LIKE pattern that matches {@code text} anywhere, with the pattern characters in it taken literally. */
    static String containsPattern(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }
}
