package io.partnerdesk.messagecenter.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

import io.partnerdesk.outbox.relay.Backoff;

/**
 * When a failed delivery is tried again: the outbox relay's exponential backoff with jitter ({@link Backoff}: after the
 * n-th failure, between half and all of {@code min(max, initial × 2^(n-1))}), until the horizon counted from the first
 * attempt; past it the delivery fails for good. The jitter spreads the retries of many deliveries that failed together
 * (a receiver that was down).
 */
public record RetrySchedule(Backoff backoff, Duration horizon) {

    public RetrySchedule {
        if (horizon.isNegative()) {
            throw new IllegalArgumentException("retry schedule needs a horizon >= 0");
        }
    }

    /** The schedule of {@code initial} doubling up to {@code max} (0 < initial ≤ max), for {@code horizon}. */
    public RetrySchedule(Duration initial, Duration max, Duration horizon) {
        this(new Backoff(initial, max), horizon);
    }

    /** The next attempt after {@code failures} (≥ 1) failed attempts, or null when the horizon is passed. */
    public Instant next(int failures, Instant firstAttempt, Instant now, RandomGenerator random) {
        Instant next = now.plus(backoff.delay(failures, random));
        return next.isAfter(firstAttempt.plus(horizon)) ? null : next;
    }

    /** The largest delay after {@code failures} failed attempts. */
    public Duration ceiling(int failures) {
        return backoff.ceiling(failures);
    }
}
