package io.partnerdesk.messagecenter.webhook;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.config.WebhookConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends this replica's webhook deliveries. One thread claims due deliveries (at once when a commit here queued some,
 * otherwise every poll interval) and hands each to the non-blocking {@link ReceiverClient}; a small pool resolves
 * receivers' names (a blocking call) and records outcomes. Nothing waits on a receiver: a slow or dead one holds only
 * its own webhook's few slots, until the response timeout.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofMinutes(10);
    private static final Duration GAUGE_INTERVAL = Duration.ofSeconds(15);

    @Inject
    WebhookConfig config;

    @Inject
    WebhookDeliveryStore store;

    @Inject
    ReceiverClient client;

    @Inject
    ReceiverPolicy policy;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUp = new Semaphore(0);
    private final RandomGenerator random = new java.util.Random();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final AtomicLong disabled = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running;
    private Thread thread;
    private ExecutorService workers;
    private String owner;
    private RetrySchedule schedule;
    private Timer lag;
    /** One counter per outcome, registered once: recording a delivery looks nothing up. */
    private final java.util.Map<WebhookDeliveryStore.Result, Counter> outcomes = new java.util.EnumMap<>(
            WebhookDeliveryStore.Result.class);

    /** The SSRF guard, built once from configuration. */
    @Produces
    @Singleton
    static ReceiverPolicy receiverPolicy(WebhookConfig config) {
        return new ReceiverPolicy(config.allowHttp(), config.allowedCidrs().orElse(List.of()),
                InetAddress::getAllByName);
    }

    void start(@Observes StartupEvent event) {
        WebhookConfig.Delivery settings = config.delivery();
        schedule = new RetrySchedule(settings.initialDelay(), settings.maxDelay(), settings.retryHorizon());
        owner = "messagecenter@" + ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread t = new Thread(runnable, "webhook-worker");
            t.setDaemon(true);
            return t;
        });
        lag = Timer.builder("partnerdesk.webhook.delivery.lag")
                .description("From an event's delivery being queued to the receiver's 2xx")
                .publishPercentiles(0.5, 0.99).register(registry);
        for (WebhookDeliveryStore.Result result : WebhookDeliveryStore.Result.values()) {
            outcomes.put(result, Counter.builder("partnerdesk.webhook.deliveries")
                    .description("Delivery attempts by what came of them")
                    .tag("outcome", result.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
        registry.gauge("partnerdesk.webhook.deliveries.pending", pending);
        registry.gauge("partnerdesk.webhook.deliveries.oldest.pending.seconds", oldestPendingSeconds);
        registry.gauge("partnerdesk.webhooks.disabled", disabled);
        if (!settings.enabled()) {
            Log.info("Webhook delivery disabled (partnerdesk.webhooks.delivery.enabled=false): deliveries stay queued");
            return;
        }
        running = true;
        thread = new Thread(this::run, "webhook-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (thread != null) {
            thread.join(1000);
        }
        if (workers != null) {
            workers.shutdown();
            // Outcomes in flight are recorded if they come within the timeout; others are sent again after the lease.
            workers.awaitTermination(config.delivery().responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Asks for a pass now: called after a transaction that queued deliveries commits. */
    public void wake() {
        if (running && wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /** The lease of one send: longer than connecting and waiting for the answer can take. */
    public Duration lease() {
        return config.delivery().connectTimeout().plus(config.delivery().responseTimeout()).plusSeconds(20);
    }

    public String owner() {
        return owner;
    }

    /** Sends one claimed delivery and records the outcome; completes with what the outcome did. */
    public CompletionStage<WebhookDeliveryStore.Result> send(WebhookDeliveryStore.Claimed d) {
        inFlight.incrementAndGet();
        return CompletableFuture.supplyAsync(() -> target(d), workers)
                .thenCompose(target -> target.refused() != null
                        ? CompletableFuture.completedFuture(new ReceiverClient.Outcome(null, target.refused(), 0))
                        : client.post(target.target(), headers(d), d.body()))
                .thenApplyAsync(outcome -> record(d, outcome), workers)
                .whenComplete((result, failure) -> {
                    inFlight.decrementAndGet();
                    if (failure != null) {
                        // The database failed while recording: the lease runs out and the delivery is sent again.
                        Log.warnf("Webhook delivery %s: outcome not recorded (%s)", d.id(), failure.getMessage());
                    }
                    wake();
                });
    }

    private record Prepared(ReceiverPolicy.Target target, String refused) {
    }

    private Prepared target(WebhookDeliveryStore.Claimed d) {
        try {
            return new Prepared(policy.resolve(d.url()), null);
        } catch (ReceiverPolicy.Refused refused) {
            return new Prepared(null, "not sent: the URL " + refused.getMessage());
        }
    }

    private Map<String, String> headers(WebhookDeliveryStore.Claimed d) {
        return WebhookSigner.headers(d.eventId().toString(), Timestamps.now(clock), d.body(), d.secrets());
    }

    private WebhookDeliveryStore.Result record(WebhookDeliveryStore.Claimed d, ReceiverClient.Outcome outcome) {
        Instant now = Timestamps.now(clock);
        WebhookDeliveryStore.Result result = store.record(d, owner, outcome, now, schedule, random);
        outcomes.get(result).increment();
        if (result == WebhookDeliveryStore.Result.SUCCEEDED) {
            lag.record(Duration.between(d.createdAt(), now));
        }
        Log.debugf("Webhook delivery %s (%s) to webhook %s: %s, %s", d.id(), d.eventType(), d.webhookId(),
                outcome.describe(), result);
        return result;
    }

    /** Events past their retention, then finished deliveries past theirs, a chunk per transaction. */
    private void prune(Instant now) {
        int events = 0;
        int deliveries = 0;
        int deleted;
        do {
            deleted = store.pruneEvents(now.minus(config.eventRetention()));
            events += deleted;
        } while (deleted == WebhookDeliveryStore.PRUNE_CHUNK && running);
        do {
            deleted = store.pruneDeliveries(now.minus(config.deliveryRetention()));
            deliveries += deleted;
        } while (deleted == WebhookDeliveryStore.PRUNE_CHUNK && running);
        if (events + deliveries > 0) {
            Log.infof("Webhooks: pruned %d event(s) and %d delivery(ies) past retention", events, deliveries);
        }
    }

    private void run() {
        Instant nextHousekeeping = clock.instant().plus(Duration.ofSeconds(30));
        Instant nextGauges = Instant.MIN;
        WebhookConfig.Delivery settings = config.delivery();
        while (running) {
            boolean more = false;
            try {
                Instant now = Timestamps.now(clock);
                // Sends in flight are bounded too: a burst waits in the table, not in memory.
                int room = Math.max(0, 4 * settings.batchSize() - inFlight.get());
                List<WebhookDeliveryStore.Claimed> claimed = room == 0 ? List.of()
                        : store.claim(owner, Math.min(room, settings.batchSize()), settings.maxInFlightPerWebhook(),
                                now, now.plus(lease()));
                claimed.forEach(this::send);
                more = claimed.size() == settings.batchSize();
                if (!now.isBefore(nextGauges)) {
                    long[] backlog = store.backlog(now);
                    pending.set(backlog[0]);
                    oldestPendingSeconds.set(backlog[1]);
                    disabled.set(store.disabledWebhooks());
                    nextGauges = now.plus(GAUGE_INTERVAL);
                }
                if (!now.isBefore(nextHousekeeping)) {
                    prune(now);
                    nextHousekeeping = now.plus(HOUSEKEEPING_INTERVAL);
                }
            } catch (RuntimeException e) {
                Log.warnf("Webhook dispatch pass failed (%s); retrying in %d ms", e.getMessage(),
                        settings.pollInterval().toMillis());
            }
            if (!more) {
                try {
                    wakeUp.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
