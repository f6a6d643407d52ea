package io.partnerdesk.http.time;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Times as PostgreSQL stores them (microseconds), so that what a write returns equals what a later read returns
 * and keyset cursors ({@code createdAt}, id) compare exactly.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
