package io.partnerdesk.client;

import java.time.Duration;
import java.util.Optional;

/**
 * How often and how long {@link RetryingHttpClient} retries a 429 or 503.
 *
 * @param maxAttempts all sends of one request, the first included (1 turns retrying off)
 * @param firstBackoff the wait before the second send when the answer carries no {@code Retry-After}; doubled each time
 * @param maxWait the longest single wait the caller accepts: a {@code Retry-After} beyond it ends the retries, and the
 *        429/503 is returned as it came
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxWait) {

    /** Three sends, 1 s then 2 s without Retry-After, never more than 30 s of waiting at once. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** One send, no retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (firstBackoff.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("waits cannot be negative");
        }
    }

    /**
     * The wait before send number {@code attempt} (2 or more): the server's {@code Retry-After} when it gave one, else
     * exponential backoff; {@code null} when that is longer than {@link #maxWait}.
     */
    Duration waitBefore(int attempt, Optional<Duration> retryAfter) {
        Duration wait = retryAfter.orElseGet(() -> firstBackoff.multipliedBy(1L << Math.min(attempt - 2, 20)));
        return wait.compareTo(maxWait) > 0 ? null : wait;
    }
}
