package io.partnerdesk.messagecenter.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.messagecenter.Webhook;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The dispatcher's side of {@code webhook_deliveries}, each call its own short transaction; no lock or transaction is
 * held while a delivery is sent. A delivery is claimed by leasing it: candidate rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so dispatchers on several replicas never claim the same one, and a dispatcher that
 * dies frees its claims when the lease runs out. Only the oldest pending delivery of a (webhook, subject) is
 * claimable, so a subject's events arrive in order; and a webhook has at most a set number in flight, so a slow
 * receiver holds up no other webhook.
 */
@ApplicationScoped
public class WebhookDeliveryStore {

    /** Columns {@code last_error} and {@code disabled_reason}: an error is cut to fit, never refused. */
    private static final int ERROR_MAX = 500;

    /** A leased delivery, with what sending it needs. */
    public record Claimed(UUID id, UUID webhookId, UUID eventId, String eventType, String body, int attempts,
            Instant firstAttemptAt, boolean singleAttempt, Instant createdAt, String url, List<String> secrets) {
    }

    /** What an attempt's outcome did to the delivery. */
    public enum Result {
        SUCCEEDED,
        RETRYING,
        FAILED,
        /** The lease had passed to another dispatcher: this outcome was not recorded. */
        LOST
    }

    private static final String CANDIDATES = """
            with in_flight as (
                select webhook_id, count(*) as n from webhook_deliveries
                where state = 'PENDING' and claimed_until > :now group by webhook_id),
            heads as (
                select d.seq, d.webhook_id,
                       row_number() over (partition by d.webhook_id order by d.seq) as position
                from webhook_deliveries d join webhooks w on w.id = d.webhook_id and w.enabled
                where d.state = 'PENDING' and d.next_attempt_at <= :now
                  and (d.claimed_until is null or d.claimed_until <= :now)
                  and not exists (select 1 from webhook_deliveries earlier
                                  where earlier.webhook_id = d.webhook_id and earlier.subject_key = d.subject_key
                                    and earlier.state = 'PENDING' and earlier.seq < d.seq))
            select h.seq from heads h left join in_flight f on f.webhook_id = h.webhook_id
            where h.position + coalesce(f.n, 0) <= :perWebhook
            order by h.seq limit :limit""";

    private static final String LEASE = """
            update webhook_deliveries d set claimed_by = :owner, claimed_until = :lease
            from webhooks w
            where w.id = d.webhook_id and d.seq in (
                select seq from webhook_deliveries where seq in (:seqs) and state = 'PENDING'
                  and (claimed_until is null or claimed_until <= :now)
                for update skip locked)
            returning d.id, d.webhook_id, d.event_id, d.event_type, d.body, d.attempts, d.first_attempt_at,
                d.single_attempt, d.created_at, w.url, w.secret, w.previous_secret, w.previous_secret_expires_at""";

    @Inject
    EntityManager em;

    @Inject
    WebhookNotices notices;

    /** Leases up to {@code limit} deliverable deliveries to {@code owner} until {@code lease}, oldest first. */
    public List<Claimed> claim(String owner, int limit, int perWebhook, Instant now, Instant lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> seqs = em.createNativeQuery(CANDIDATES)
                    .setParameter("now", now)
                    .setParameter("perWebhook", perWebhook)
                    .setParameter("limit", limit)
                    .getResultList();
            if (seqs.isEmpty()) {
                return List.of();
            }
            return lease(em.createNativeQuery(LEASE)
                    .setParameter("owner", owner)
                    .setParameter("lease", lease)
                    .setParameter("now", now)
                    .setParameter("seqs", seqs.stream().map(Number::longValue).toList()), now);
        });
    }

    /**
     * Leases one given delivery in the caller's transaction (a test delivery, queued and leased at once so that no
     * dispatcher takes it first); null when it is not pending or is leased.
     */
    public Claimed claimOne(UUID deliveryId, String owner, Instant now, Instant lease) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> seqs = em.createNativeQuery("select seq from webhook_deliveries where id = :id")
                    .setParameter("id", deliveryId).getResultList();
            if (seqs.isEmpty()) {
                return null;
            }
            List<Claimed> claimed = lease(em.createNativeQuery(LEASE)
                    .setParameter("owner", owner)
                    .setParameter("lease", lease)
                    .setParameter("now", now)
                    .setParameter("seqs", List.of(seqs.get(0).longValue())), now);
            return claimed.isEmpty() ? null : claimed.get(0);
        });
    }

    private static List<Claimed> lease(jakarta.persistence.Query update, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = update.getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] r : rows) {
            List<String> secrets = new ArrayList<>();
            secrets.add((String) r[10]);
            Instant previousUntil = instant(r[12]);
            if (r[11] != null && previousUntil != null && now.isBefore(previousUntil)) {
                secrets.add((String) r[11]);
            }
            claimed.add(new Claimed((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).intValue(), instant(r[6]), (Boolean) r[7], instant(r[8]), (String) r[9],
                    List.copyOf(secrets)));
        }
        claimed.sort(java.util.Comparator.comparing(Claimed::createdAt));
        return claimed;
    }

    /**
     * Records one attempt and what follows from it: success; a retry at the schedule's next time; or failure for good
     * (a single-attempt delivery, {@code 410 Gone}, or the retry horizon passed), which for a real delivery disables
     * its webhook, fails the webhook's other pending deliveries and tells the owner.
     */
    public Result record(Claimed d, String owner, ReceiverClient.Outcome outcome, Instant at, RetrySchedule schedule,
            RandomGenerator random) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int attempt = d.attempts() + 1;
            Instant first = d.firstAttemptAt() == null ? at : d.firstAttemptAt();
            String error = outcome.succeeded() ? null : TextRules.fit(outcome.describe(), ERROR_MAX);
            Result result;
            Instant next = null;
            String disableReason = null;
            if (outcome.succeeded()) {
                result = Result.SUCCEEDED;
            } else if (d.singleAttempt()) {
                result = Result.FAILED;
            } else if (Integer.valueOf(410).equals(outcome.statusCode())) {
                result = Result.FAILED;
                disableReason = "the receiver answered 410 Gone";
            } else {
                next = schedule.next(attempt, first, at, random);
                result = next == null ? Result.FAILED : Result.RETRYING;
                if (next == null) {
                    disableReason = "deliveries kept failing for " + schedule.horizon().toHours()
                            + " h (last: " + error + ")";
                }
            }
            int updated = em
                    .createNativeQuery(
                            """
                                    update webhook_deliveries set state = :state, attempts = :attempt,
                                        next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at), first_attempt_at = :first,
                                        last_attempt_at = :at, finished_at = cast(:finished as timestamptz),
                                        last_error = cast(:error as varchar),
                                        claimed_by = null, claimed_until = null
                                    where id = :id and claimed_by = :owner and state = 'PENDING'""")
                    .setParameter("state", result == Result.SUCCEEDED ? "SUCCEEDED"
                            : result == Result.RETRYING ? "PENDING" : "FAILED")
                    .setParameter("attempt", attempt)
                    .setParameter("next", next == null ? null : Timestamp.from(next))
                    .setParameter("first", first)
                    .setParameter("at", at)
                    .setParameter("finished", result == Result.RETRYING ? null : Timestamp.from(at))
                    .setParameter("error", error)
                    .setParameter("id", d.id())
                    .setParameter("owner", owner)
                    .executeUpdate();
            if (updated == 0) {
                return Result.LOST;
            }
            em.createNativeQuery("""
                    insert into webhook_delivery_attempts (delivery_id, attempt, attempted_at, status_code, error,
                        latency_ms)
                    values (:id, :attempt, :at, cast(:status as integer), cast(:error as varchar), :latency)""")
                    .setParameter("id", d.id())
                    .setParameter("attempt", attempt)
                    .setParameter("at", at)
                    .setParameter("status", outcome.statusCode())
                    .setParameter("error", outcome.statusCode() == null ? error : null)
                    .setParameter("latency", outcome.latencyMs())
                    .executeUpdate();
            if (disableReason != null) {
                disable(d.webhookId(), disableReason, at);
            }
            return result;
        });
    }

    /** Disables a webhook for good reason: its other pending deliveries fail, and its owner is told. */
    private void disable(UUID webhookId, String reason, Instant at) {
        Webhook webhook = em.find(Webhook.class, webhookId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (webhook == null || !webhook.enabled) {
            return;
        }
        webhook.enabled = false;
        webhook.disabledReason = TextRules.fit(reason, ERROR_MAX);
        webhook.updatedAt = at;
        em.createNativeQuery("""
                update webhook_deliveries set state = 'FAILED', finished_at = :at,
                    last_error = 'not sent: the webhook was disabled', claimed_by = null, claimed_until = null
                where webhook_id = :webhook and state = 'PENDING'""")
                .setParameter("at", at)
                .setParameter("webhook", webhookId)
                .executeUpdate();
        notices.disabled(webhook, reason, at);
        io.quarkus.logging.Log.warnf("Webhook %s disabled: %s", webhookId, reason);
    }

    /** Enabled webhooks that are disabled now, for the gauge. */
    public long disabledWebhooks() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from webhooks where not enabled").getSingleResult()).longValue());
    }

    /** Deliveries waiting, and the age in seconds of the oldest, for the gauges. */
    public long[] backlog(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("""
                    select count(*), min(d.created_at) from webhook_deliveries d join webhooks w on w.id = d.webhook_id
                    where d.state = 'PENDING' and w.enabled""").getSingleResult();
            Instant oldest = instant(row[1]);
            return new long[]{ ((Number) row[0]).longValue(),
                    oldest == null ? 0 : Math.max(0, now.getEpochSecond() - oldest.getEpochSecond()) };
        });
    }

    /** Rows deleted by one prune statement: a long backlog goes in several short transactions, not one long one. */
    public static final int PRUNE_CHUNK = 5000;

    /** Deletes up to {@link #PRUNE_CHUNK} events kept past their retention; returns how many went. */
    public int pruneEvents(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                delete from webhook_events where event_id in (
                    select event_id from webhook_events where occurred_at < :before limit :chunk)""")
                .setParameter("before", before).setParameter("chunk", PRUNE_CHUNK).executeUpdate());
    }

    /** Deletes up to {@link #PRUNE_CHUNK} finished deliveries (with their attempts) past their retention. */
    public int pruneDeliveries(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                """
                        delete from webhook_deliveries where seq in (
                            select seq from webhook_deliveries where state <> 'PENDING' and finished_at < :before limit :chunk)""")
                .setParameter("before", before).setParameter("chunk", PRUNE_CHUNK).executeUpdate());
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + value.getClass());
    }

}
