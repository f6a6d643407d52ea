package io.partnerdesk.gateway.limits;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.partnerdesk.gateway.config.GatewayConfig;

/**
 * A token bucket per caller (Bucket4j): {@code requests} per {@code window}, refilled whole at the end of each
 * window so that {@code RateLimit-Reset} is exact. Buckets of idle callers are dropped after two windows. Each
 * caller has its own bucket, so one caller over its quota never slows another.
 */
@Singleton
public class RateLimiter {

    /** The outcome of one request: allowed or not, and the numbers for the RateLimit headers. */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds) {
    }

    private final long requests;
    private final Duration window;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    @Inject
    public RateLimiter(GatewayConfig config) {
        this(config.rateLimit().requests(), config.rateLimit().window(), TimeMeter.SYSTEM_NANOTIME);
    }

    /** With the time the buckets refill by: the system's monotonic clock, or a test's own. */
    RateLimiter(long requests, Duration window, TimeMeter time) {
        this.requests = requests;
        this.window = window;
        this.time = time;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(1_000_000).build();
    }

    public Decision tryConsume(String callerId) {
        Bucket bucket = buckets.get(callerId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillIntervally(requests, window).build())
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long resetNanos = probe.isConsumed() ? bucket.estimateAbilityToConsume(requests).getNanosToWaitForRefill()
                : probe.getNanosToWaitForRefill();
        long resetSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(resetNanos + 999_999_999L));
        return new Decision(probe.isConsumed(), requests, probe.getRemainingTokens(), resetSeconds);
    }
}
