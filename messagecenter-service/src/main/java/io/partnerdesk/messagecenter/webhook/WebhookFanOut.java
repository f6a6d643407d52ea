package io.partnerdesk.messagecenter.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.http.persistence.AfterCommit;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.Webhook;
import io.quarkus.logging.Log;

/**
 * Puts an event on its way to every webhook it reaches, in the transaction of the change that caused it: the event
 * is kept for replay and one delivery is queued per webhook, committed with the change or not at all. The dispatcher
 * is woken after the commit.
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final Object WAKE_AFTER_COMMIT = new Object();

    /** At most this many events are replayed by one call; the answer says where to go on. */
    public static final int REPLAY_MAX = 10_000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    WebhookDispatcher dispatcher;

    public WebhookPayloads payloads() {
        return new WebhookPayloads(json);
    }

    /** Keeps the event for replay and queues a delivery to each enabled webhook it reaches. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(WebhookEvent event) {
        em.createNativeQuery("""
                insert into webhook_events (event_id, type, occurred_at, partner_id, tenant_id, audience_type,
                    audience_ids, subject_key, body)
                values (:id, :type, :at, cast(:partner as varchar), cast(:tenant as uuid), cast(:audience as varchar),
                    :members, :subject, :body)
                on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("at", event.occurredAt())
                .setParameter("partner", event.partnerId())
                .setParameter("tenant", event.tenantId())
                .setParameter("audience", event.audience() == null ? null : event.audience().name())
                .setParameter("members", String.join(",", event.audienceIds()))
                .setParameter("subject", event.subjectKey())
                .setParameter("body", event.body())
                .executeUpdate();
        // An event about one partner's customer can only reach that partner's or that tenant's webhooks: only those
        // are loaded. A broadcast may reach any webhook subscribed to its type.
        String owners = event.audience() != null ? ""
                : event.tenantId() == null ? " and w.partnerId = :partner"
                        : event.partnerId() == null ? " and w.tenantId = :tenant"
                                : " and (w.partnerId = :partner or w.tenantId = :tenant)";
        var query = em.createQuery("select distinct w from Webhook w join w.eventTypes t"
                + " where w.enabled = true and t = :type" + owners, Webhook.class)
                .setParameter("type", event.type());
        if (owners.contains(":partner")) {
            query.setParameter("partner", event.partnerId());
        }
        if (owners.contains(":tenant")) {
            query.setParameter("tenant", event.tenantId());
        }
        List<Webhook> subscribed = query.getResultList();
        Instant now = Timestamps.now(clock);
        int queued = 0;
        for (Webhook webhook : subscribed) {
            if (event.reaches(webhook)) {
                queue(webhook.id, event, now, false);
                queued++;
            }
        }
        if (queued > 0) {
            wakeAfterCommit();
            Log.infof("Event %s (%s) queued for %d webhook(s)", event.id(), event.type(), queued);
        }
        return queued;
    }

    /** Queues one delivery of the event to one webhook; returns the delivery id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(UUID webhookId, WebhookEvent event, Instant now, boolean singleAttempt) {
        return queue(webhookId, event.id(), event.type(), event.subjectKey(), event.body(), now, singleAttempt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(UUID webhookId, UUID eventId, String type, String subjectKey, String body, Instant now,
            boolean singleAttempt) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into webhook_deliveries (id, webhook_id, event_id, event_type, subject_key, body, state,
                    next_attempt_at, single_attempt, created_at)
                values (:id, :webhook, :event, :type, :subject, :body, 'PENDING', :now, :single, :now)""")
                .setParameter("id", id)
                .setParameter("webhook", webhookId)
                .setParameter("event", eventId)
                .setParameter("type", type)
                .setParameter("subject", subjectKey)
                .setParameter("body", body)
                .setParameter("now", now)
                .setParameter("single", singleAttempt)
                .executeUpdate();
        wakeAfterCommit();
        return id;
    }

    /** Where a replay stopped: how many it queued, and the time of the last event it looked at when more follow. */
    public record Replay(int queued, Instant continueFrom) {
    }

    /**
     * Queues again every kept event since {@code since} that the webhook reaches now, oldest first, at most
     * {@link #REPLAY_MAX} events per call.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Replay replay(Webhook webhook, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select event_id, type, occurred_at, partner_id, tenant_id, audience_type, audience_ids, subject_key,
                    body
                from webhook_events where occurred_at >= :since order by occurred_at, event_id limit :limit""")
                .setParameter("since", since)
                .setParameter("limit", REPLAY_MAX + 1)
                .getResultList();
        Instant now = Timestamps.now(clock);
        int queued = 0;
        Instant continueFrom = null;
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            WebhookEvent event = new WebhookEvent((UUID) row[0], (String) row[1], (Instant) row[2],
                    (String) row[3], (UUID) row[4], row[5] == null ? null : AudienceType.valueOf((String) row[5]),
                    row[6] == null || ((String) row[6]).isEmpty() ? List.of()
                            : Arrays.asList(((String) row[6]).split(",")),
                    (String) row[7], (String) row[8]);
            if (i == REPLAY_MAX) {
                continueFrom = event.occurredAt();
                break;
            }
            if (event.reaches(webhook)) {
                queue(webhook.id, event, now, false);
                queued++;
            }
        }
        return new Replay(queued, continueFrom);
    }

    private void wakeAfterCommit() {
        AfterCommit.once(transactions, WAKE_AFTER_COMMIT, dispatcher::wake);
    }
}
