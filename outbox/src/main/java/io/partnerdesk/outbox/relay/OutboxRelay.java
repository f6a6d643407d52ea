package io.partnerdesk.outbox.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

import org.jboss.logging.Logger;

/**
 * One relay pass: claim a batch, send each event, record each outcome. 2xx marks the row delivered; a refusal (400,
 * 422) parks it, with its error, out of the way of the rows behind it; any other failure schedules a retry with
 * {@link Backoff} and ends the pass (the consumer is likely down: the untried rest of the batch is released rather
 * than hammered). Plain Java, so that tests can run several relays on one table.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The outcome of a pass: how many rows it claimed, and whether the consumer failed (then wait before the next). */
    public record Pass(int claimed, boolean consumerFailing) {
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

    public OutboxRelay(String relayId, OutboxStore store, EventSender sender, Backoff backoff, OutboxMetrics metrics,
            Clock clock, RandomGenerator random, int batchSize, Duration lease) {
        this.relayId = relayId;
        this.store = store;
        this.sender = sender;
        this.backoff = backoff;
        this.metrics = metrics;
        this.clock = clock;
        this.random = random;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    public String relayId() {
        return relayId;
    }

    public Pass relayOnce() {
        Instant now = clock.instant();
        List<ClaimedEvent> batch = store.claim(relayId, batchSize, now, now.plus(lease));
        for (int i = 0; i < batch.size(); i++) {
            ClaimedEvent event = batch.get(i);
            Delivery delivery = sender.send(event);
            Instant at = clock.instant();
            if (delivery instanceof Delivery.Delivered) {
                store.markDelivered(event.seq(), relayId, at);
                metrics.delivered(event, at);
            } else if (delivery instanceof Delivery.Rejected rejected) {
                store.park(event.seq(), relayId, event.attempts() + 1,
                        "HTTP " + rejected.status() + ": " + rejected.reason(), at);
                metrics.parked();
                LOG.warnf("Outbox event %s (%s) PARKED: the consumer refused it with %d (%s). It is not retried"
                        + " and no longer holds back its subject; see event_outbox where status = 'PARKED'.",
                        event.eventId(), event.type(), rejected.status(), rejected.reason());
            } else if (delivery instanceof Delivery.Failed failed) {
                int failures = event.attempts() + 1;
                Duration wait = backoff.delay(failures, random);
                store.retryLater(event.seq(), relayId, failures, at.plus(wait), failed.detail());
                metrics.failed(failed.kind());
                LOG.infof("Outbox event %s (%s) not delivered (attempt %d: %s); next attempt in %d ms",
                        event.eventId(), event.type(), failures, failed.detail(), wait.toMillis());
                for (ClaimedEvent untried : batch.subList(i + 1, batch.size())) {
                    store.release(untried.seq(), relayId);
                }
                return new Pass(batch.size(), true);
            }
        }
        return new Pass(batch.size(), false);
    }
}
