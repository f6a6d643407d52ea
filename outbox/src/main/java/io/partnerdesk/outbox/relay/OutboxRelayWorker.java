package io.partnerdesk.outbox.relay;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.partnerdesk.outbox.OutboxConfig;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs this replica's relay on one thread of its own: a pass whenever a commit in this process wakes it (delivery
 * within milliseconds of the commit), otherwise every poll interval (rows of other replicas, rows whose backoff has
 * passed). Between passes it refreshes the backlog gauges and prunes delivered rows. A failing consumer or database
 * makes it wait a poll interval, never spin.
 */
@ApplicationScoped
public class OutboxRelayWorker {

    private static final Logger LOG = Logger.getLogger(OutboxRelayWorker.class);
    private static final Duration STATS_INTERVAL = Duration.ofSeconds(5);
    private static final int PRUNE_CHUNK = 1000;

    @Inject
    OutboxConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    OidcClient oidcClient;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Inject
    OpenTelemetry openTelemetry;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private OutboxStore store;
    private OutboxMetrics metrics;
    private OutboxRelay relay;

    void start(@Observes StartupEvent event) {
        OutboxConfig.Relay settings = config.relay();
        if (!settings.enabled()) {
            LOG.info("Outbox relay disabled (partnerdesk.outbox.relay.enabled=false): events stay in event_outbox");
            return;
        }
        store = new OutboxStore(dataSource);
        metrics = new OutboxMetrics(registry, service, clock);
        ServiceTokens tokens = new OidcServiceTokens(oidcClient, settings.requestTimeout());
        EventSender sender = new HttpEventSender(URI.create(config.consumerUrl()), settings.connectTimeout(),
                settings.requestTimeout(), tokens, json);
        String relayId = service + "@" + ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        // One send takes at most the connect and request timeouts, twice when a rejected token is refreshed.
        Duration sendLease = settings.connectTimeout().plus(settings.requestTimeout()).multipliedBy(2).plusSeconds(1);
        relay = new OutboxRelay(relayId, store, sender, new Backoff(settings.initialBackoff(), settings.maxBackoff()),
                metrics, clock, new Random(), settings.batchSize(), settings.lease(),
                new OutboxRelay.Limits(sendLease, settings.maxAttempts(), settings.maxAge()),
                openTelemetry.getTracer("io.partnerdesk.outbox"));
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Outbox relay %s delivering to %s", relayId, config.consumerUrl());
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        wakeUp.release();
        // A delivery in flight finishes or times out; a row whose outcome was not recorded is redelivered after its
        // lease (the consumer is idempotent).
        thread.join(config.relay().requestTimeout().plusSeconds(1).toMillis());
    }

    /** Asks for a pass now: called after a transaction that wrote outbox rows commits. */
    public void wake() {
        if (running && wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        Instant nextStats = Instant.MIN;
        Instant nextPrune = clock.instant().plus(Duration.ofSeconds(30));
        while (running) {
            boolean more = false;
            try {
                OutboxRelay.Pass pass = relay.relayOnce();
                // Only the head of each subject's queue is claimable, so a delivered head makes its successor
                // deliverable at once: keep passing while passes find work and the consumer answers.
                more = pass.claimed() > 0 && !pass.consumerFailing();
                Instant now = clock.instant();
                if (!now.isBefore(nextStats)) {
                    metrics.backlog(store.backlog());
                    nextStats = now.plus(STATS_INTERVAL);
                }
                if (!now.isBefore(nextPrune)) {
                    prune(now);
                    nextPrune = now.plus(config.pruneInterval());
                }
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay pass failed (%s); retrying in %d ms", e.getMessage(),
                        config.relay().pollInterval().toMillis());
            }
            if (!more) {
                try {
                    wakeUp.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void prune(Instant now) {
        Instant before = now.minus(config.retention());
        int total = 0;
        int deleted;
        do {
            deleted = store.pruneDelivered(before, PRUNE_CHUNK);
            total += deleted;
        } while (deleted == PRUNE_CHUNK && running);
        if (total > 0) {
            LOG.infof("Outbox: pruned %d delivered row(s) older than %s", total, config.retention());
        }
    }
}
