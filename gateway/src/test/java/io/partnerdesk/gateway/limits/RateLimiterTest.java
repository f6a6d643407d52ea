package io.partnerdesk.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

/** The quota per caller on a clock of the test's own: no window can refill while the test is not looking. */
class RateLimiterTest {

    /** Time that moves only when the test moves it. */
    private static final class ManualTime implements TimeMeter {
        final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration by) {
            nanos.addAndGet(by.toNanos());
        }
    }

    private final ManualTime time = new ManualTime();
    private final RateLimiter limiter = new RateLimiter(20, Duration.ofSeconds(5), time);

    @Test
    @DisplayName("20 calls in a window pass with a falling remainder; the 21st is refused with the time to the refill")
    void quota() {
        for (int i = 1; i <= 20; i++) {
            RateLimiter.Decision decision = limiter.tryConsume("contoso");
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.limit()).isEqualTo(20);
            assertThat(decision.remaining()).isEqualTo(20 - i);
            assertThat(decision.resetSeconds()).isEqualTo(5);
        }
        time.advance(Duration.ofMillis(1500));
        RateLimiter.Decision refused = limiter.tryConsume("contoso");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.resetSeconds()).isEqualTo(4);
    }

    @Test
    @DisplayName("the window refills whole at its end, not a token at a time; other callers never share a bucket")
    void refill() {
        for (int i = 0; i < 20; i++) {
            limiter.tryConsume("contoso");
        }
        assertThat(limiter.tryConsume("fabrikam").remaining()).isEqualTo(19);
        time.advance(Duration.ofMillis(4999));
        assertThat(limiter.tryConsume("contoso").allowed()).as("just before the window ends").isFalse();
        time.advance(Duration.ofMillis(1));
        RateLimiter.Decision refilled = limiter.tryConsume("contoso");
        assertThat(refilled.allowed()).isTrue();
        assertThat(refilled.remaining()).isEqualTo(19);
    }
}
