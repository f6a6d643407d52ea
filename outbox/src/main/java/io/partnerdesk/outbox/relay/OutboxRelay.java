package io.partnerdesk.outbox.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.partnerdesk.tracing.TraceParents;

/**
 * One relay pass: claim a batch, send each event, record each outcome. Before each send the row's lease is renewed to
 * cover that send, so that a slow batch never lets a second replica send the same row at the same time. 2xx marks the
 * row delivered; a refusal ({@link Delivery.Rejected}) parks it, with its reason, out of the way of the rows behind it;
 * a failure of this event alone (a 500 for one subject) schedules a retry with {@link Backoff} and the pass goes on
 * with the next subject; a failure of the consumer as a whole (down, slow, overloaded) schedules a retry and ends the
 * pass (the untried rest of the batch is released rather than hammered). Nothing is retried forever: an event failing
 * on its own is parked after {@link Limits#maxAttempts()} attempts, any event once it is {@link Limits#maxAge()} old.
 * Each send is a span of the trace the row was written in ({@link ClaimedEvent#traceParent()}). Plain Java, so that tests can run several relays on one table.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The outcome of a pass: how many rows it claimed, and whether the consumer failed (then wait before the next). */
    public record Pass(int claimed, boolean consumerFailing) {
    }

    /**
     * @param sendLease how long one send may take at most (connect and request timeouts, twice for a token refresh):
     *        the lease each row gets just before it is sent
     * @param maxAttempts attempts after which an event that fails on its own (the consumer answers others) is parked
     * @param maxAge age after which any undelivered event is parked, even while the whole consumer is away
     */
    public record Limits(Duration sendLease, int maxAttempts, Duration maxAge) {
    }

    private final String relayId;
    private final OutboxStore store;
    private final EventSender sender;
    private final Backoff backoff;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final RandomGenerator random;
    private final int batchSize;
    private final Duration lease;
    private final Limits limits;
    private final Tracer tracer;

    public OutboxRelay(String relayId, OutboxStore store, EventSender sender, Backoff backoff, OutboxMetrics metrics,
            Clock clock, RandomGenerator random, int batchSize, Duration lease, Limits limits, Tracer tracer) {
        this.relayId = relayId;
        this.store = store;
        this.sender = sender;
        this.backoff = backoff;
        this.metrics = metrics;
        this.clock = clock;
        this.random = random;
        this.batchSize = batchSize;
        this.lease = lease;
        this.limits = limits;
        this.tracer = tracer;
    }

    /** Why the relay stops trying this event, or null to try again later. */
    private String givenUp(ClaimedEvent event, int failures, Delivery.Failed failed, Instant at) {
        if (!failed.consumerWide() && failures >= limits.maxAttempts()) {
            return "gave up after " + failures + " attempts";
        }
        Duration age = Duration.between(event.createdAt(), at);
        if (age.compareTo(limits.maxAge()) >= 0) {
            return "gave up after " + age.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " undelivered";
        }
        return null;
    }

    private void park(ClaimedEvent event, int attempts, String error, Instant at, String why) {
        store.park(event.seq(), relayId, attempts, error, at);
        metrics.parked();
        LOG.warnf("Outbox event %s (%s) PARKED: %s (%s). It is not retried and no longer holds back its subject;"
                + " operators list, retry or discard it at /api/v1/operations/{service}/outbox-events.",
                event.eventId(), event.type(), why, error);
    }

    public String relayId() {
        return relayId;
    }

    public Pass relayOnce() {
        Instant now = clock.instant();
        List<ClaimedEvent> batch = store.claim(relayId, batchSize, now, now.plus(lease));
        for (int i = 0; i < batch.size(); i++) {
            ClaimedEvent event = batch.get(i);
            if (!store.renewLease(event.seq(), relayId, clock.instant().plus(limits.sendLease()))) {
                // Our lease ran out while earlier rows were sent, and another relay holds this one now.
                continue;
            }
            boolean consumerFailing;
            // The delivery continues the trace of the change that wrote the row: its log lines carry that trace id,
            // and the consumer receives it as traceparent.
            Span span = tracer.spanBuilder("deliver " + event.type()).setSpanKind(SpanKind.PRODUCER)
                    .setParent(TraceParents.parentOf(event.traceParent()))
                    .setAttribute("messaging.message.id", event.eventId().toString())
                    .setAttribute("partnerdesk.outbox.attempt", event.attempts() + 1L).startSpan();
            try (Scope ignored = span.makeCurrent()) {
                consumerFailing = deliver(event, span);
            } finally {
                span.end();
            }
            if (consumerFailing) {
                for (ClaimedEvent untried : batch.subList(i + 1, batch.size())) {
                    store.release(untried.seq(), relayId);
                }
                return new Pass(batch.size(), true);
            }
        }
        return new Pass(batch.size(), false);
    }

    /** Sends one event and records the outcome; true when the consumer as a whole is failing (end the pass). */
    private boolean deliver(ClaimedEvent event, Span span) {
        Delivery delivery = sender.send(event);
        Instant at = clock.instant();
        if (delivery instanceof Delivery.Delivered) {
            store.markDelivered(event.seq(), relayId, at);
            metrics.delivered(event, at);
            LOG.infof("Outbox event %s (%s) delivered, attempt %d, %d ms after it was written", event.eventId(),
                    event.type(), event.attempts() + 1, Duration.between(event.createdAt(), at).toMillis());
        } else if (delivery instanceof Delivery.Rejected rejected) {
            span.setStatus(StatusCode.ERROR, "refused with " + rejected.status());
            park(event, event.attempts() + 1, "HTTP " + rejected.status() + ": " + rejected.reason(), at,
                    "the consumer refused it with " + rejected.status());
        } else if (delivery instanceof Delivery.Failed failed) {
            span.setStatus(StatusCode.ERROR, failed.kind());
            int failures = event.attempts() + 1;
            String givenUp = givenUp(event, failures, failed, at);
            if (givenUp != null) {
                park(event, failures, givenUp + ": " + failed.detail(), at, givenUp);
            } else {
                Duration wait = backoff.delay(failures, random);
                store.retryLater(event.seq(), relayId, failures, at.plus(wait), failed.detail());
                LOG.infof("Outbox event %s (%s) not delivered (attempt %d: %s); next attempt in %d ms",
                        event.eventId(), event.type(), failures, failed.detail(), wait.toMillis());
            }
            metrics.failed(failed.kind());
            return failed.consumerWide();
        }
        return false;
    }
}
