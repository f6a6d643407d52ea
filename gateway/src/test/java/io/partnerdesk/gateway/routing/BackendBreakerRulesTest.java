package io.partnerdesk.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the breaker counts and for how long, without HTTP (ResilienceTest drives it through the gateway). */
class BackendBreakerRulesTest {

    @Test
    @DisplayName("with the defaults (5 failures, 10 s timeout) a hung backend's five timeouts fall inside the window")
    void windowHoldsTheThresholdOfTimeouts() {
        // Vert.x's own 10 s window held one 10 s timeout at a time: the breaker never opened for a hung backend.
        long window = Backend.failureWindowMillis(5, Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(window).isGreaterThanOrEqualTo(Duration.ofSeconds(60).toMillis());
        assertThat(Backend.failureWindowMillis(5, Duration.ofSeconds(1), Duration.ofMinutes(2)))
                .isEqualTo(Duration.ofMinutes(2).toMillis());
    }

    @Test
    @DisplayName("only 502, 503 and 504 from a backend are outage signals; a 500 is about one request")
    void outageStatuses() {
        assertThat(Backend.isOutage(502)).isTrue();
        assertThat(Backend.isOutage(503)).isTrue();
        assertThat(Backend.isOutage(504)).isTrue();
        assertThat(Backend.isOutage(500)).isFalse();
        assertThat(Backend.isOutage(501)).isFalse();
        assertThat(Backend.isOutage(429)).isFalse();
    }
}
