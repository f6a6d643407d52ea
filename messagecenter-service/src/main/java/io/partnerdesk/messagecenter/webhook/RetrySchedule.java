package io.partnerdesk.messagecenter.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential backoff with jitter (after the n-th failure, between half and all
 * of {@code min(max, initial × 2^(n-1))}), until the horizon counted from the first attempt; past it the delivery
 * fails for good. The jitter spreads the retries of many deliveries that failed together (a receiver that was down).
 */
public record RetrySchedule(Duration initial, Duration max, Duration horizon) {

    public RetrySchedule {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || horizon.isNegative()) {
            throw new IllegalArgumentException("retry schedule needs 0 < initial <= max and a horizon >= 0");
        }
    }

    /** The next attempt after {@code failures} (≥ 1) failed attempts, or null when the horizon is passed. */
    public Instant next(int failures, Instant firstAttempt, Instant now, RandomGenerator random) {
        long ceiling = ceiling(failures).toMillis();
        long half = ceiling / 2;
        Instant next = now.plusMillis(half + random.nextLong(ceiling - half + 1));
        return next.isAfter(firstAttempt.plus(horizon)) ? null : next;
    }

    /** The largest delay after {@code failures} failed attempts. */
    public Duration ceiling(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
