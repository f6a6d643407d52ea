package io.partnerdesk.support.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.partnerdesk.http.persistence.AfterCommit;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.support.Severity;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.event.SupportEvents;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Tells the partner, once, when a request has passed its first-response target without an engineer's response:
 * finds such requests every {@code partnerdesk.support.sla-watch-interval}, marks each reported and writes its
 * {@code support-request.sla-breached} event in one transaction. Rows are taken with {@code SKIP LOCKED}, so several
 * replicas share the work and never report a request twice. The mark is not a change of the request (no new ETag).
 */
@ApplicationScoped
@Startup
public class SlaBreachWatch {

    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SupportEvents events;

    @Inject
    MeterRegistry meters;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** One counter per severity, there from the start (at 0) so that dashboards and rules find the series. */
    private final Map<Severity, Counter> breaches = new EnumMap<>(Severity.class);

    @PostConstruct
    void registerCounters() {
        for (Severity severity : Severity.values()) {
            breaches.put(severity, Counter.builder("support.sla.breaches")
                    .description("Support requests that missed their first-response target")
                    .tag("severity", severity.name()).register(meters));
        }
    }

    @Scheduled(every = "${partnerdesk.support.sla-watch-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        int reported;
        do {
            reported = reportBreaches();
        } while (reported == BATCH);
    }

    /** Reports up to one batch of newly breached requests; returns how many. */
    @Transactional
    public int reportBreaches() {
        Instant now = Timestamps.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> breached = em.createNativeQuery("""
                select id from support_requests
                where first_responded_at is null and sla_breach_notified_at is null
                  and first_response_due_at <= :now and status not in ('RESOLVED', 'CLOSED')
                order by first_response_due_at
                limit :batch
                for update skip locked""", UUID.class)
                .setParameter("now", now)
                .setParameter("batch", BATCH)
                .getResultList();
        if (breached.isEmpty()) {
            return 0;
        }
        // One statement marks the batch and one reads it back, whatever its size.
        em.createNativeQuery("update support_requests set sla_breach_notified_at = :now where id in (:ids)")
                .setParameter("now", now).setParameter("ids", breached).executeUpdate();
        List<SupportRequest> requests = SupportRequest.list("id in ?1 order by firstResponseDueAt", breached);
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (SupportRequest r : requests) {
            events.slaBreached(r);
            bySeverity.merge(r.severity, 1, Integer::sum);
            Log.infof("Support request %s (%s, severity %s) missed its first-response target %s; partner %s notified",
                    r.id, r.displayNumber(), r.severity, r.firstResponseDueAt, r.partnerId);
        }
        // support_sla_breaches_total{severity} (deploy/observability alerts on it) counts a breach once its report has
        // committed: a batch rolled back is reported, and counted, by a later pass instead.
        AfterCommit.once(transactions, SlaBreachWatch.class,
                () -> bySeverity.forEach((severity, count) -> breaches.get(severity).increment(count)));
        return breached.size();
    }
}
