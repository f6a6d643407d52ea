package io.partnerdesk.outbox.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The outbox as Prometheus shows it, tagged with the producing service: {@code outbox_backlog_rows},
 * {@code outbox_oldest_pending_age_seconds}, {@code outbox_parked_rows} (gauges, refreshed by the relay every few
 * seconds), {@code outbox_deliveries_total}, {@code outbox_delivery_failures_total{kind}},
 * {@code outbox_parked_total} and {@code outbox_delivery_lag_seconds} (commit to 2xx).
 */
public final class OutboxMetrics {

    private final MeterRegistry registry;
    private final Tags tags;
    private final Clock clock;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicReference<Instant> oldestPending = new AtomicReference<>();
    private final Counter deliveries;
    private final Counter parkedTotal;
    private final Timer lag;

    public OutboxMetrics(MeterRegistry registry, String service, Clock clock) {
        this.registry = registry;
        this.tags = Tags.of("service", service);
        this.clock = clock;
        Gauge.builder("outbox.backlog.rows", backlog, AtomicLong::get).tags(tags)
                .description("Outbox rows not yet delivered").register(registry);
        Gauge.builder("outbox.oldest.pending.age.seconds", this, OutboxMetrics::oldestPendingAgeSeconds).tags(tags)
                .description("Age of the oldest undelivered outbox row (0 when none)").register(registry);
        Gauge.builder("outbox.parked.rows", parked, AtomicLong::get).tags(tags)
                .description("Outbox rows the consumer refused; they wait for an operator").register(registry);
        deliveries = Counter.builder("outbox.deliveries").tags(tags).description("Events delivered (2xx)")
                .register(registry);
        parkedTotal = Counter.builder("outbox.parked").tags(tags).description("Events parked after a refusal")
                .register(registry);
        lag = Timer.builder("outbox.delivery.lag").tags(tags).description("From commit to delivery")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void delivered(ClaimedEvent event, Instant at) {
        deliveries.increment();
        lag.record(Duration.between(event.createdAt(), at));
    }

    void failed(String kind) {
        Counter.builder("outbox.delivery.failures").tags(tags).tag("kind", kind)
                .description("Delivery attempts that failed and will be retried").register(registry).increment();
    }

    void parked() {
        parkedTotal.increment();
    }

    void backlog(Backlog state) {
        backlog.set(state.pending());
        parked.set(state.parked());
        oldestPending.set(state.oldestPendingSince());
    }

    double oldestPendingAgeSeconds() {
        Instant oldest = oldestPending.get();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
