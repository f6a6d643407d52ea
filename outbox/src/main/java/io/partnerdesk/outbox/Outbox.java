package io.partnerdesk.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.http.persistence.AfterCommit;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.outbox.relay.OutboxRelayWorker;
import io.partnerdesk.tracing.TraceParents;

/**
 * Where a service writes the events its changes cause. {@link #emit} must run inside the transaction of the change
 * ({@code MANDATORY}): the row commits with the change or rolls back with it, so a committed change always emits and
 * a rolled-back one never does. After the commit the relay is woken, so delivery does not wait for its next poll.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_AFTER_COMMIT = new Object();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelayWorker relay;

    /** Writes the event into the outbox in the current transaction; returns the event id the consumer will see. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID emit(OutboxEvent event) {
        UUID id = UUID.randomUUID();
        Instant now = Timestamps.now(clock);
        // The table the statement touches, declared: otherwise Hibernate treats a native statement as touching every
        // table, flushes the whole session before it and invalidates every cached region after it (9 % of a PATCH's
        // profile samples). The change's own rows are flushed as usual, at the latest when the transaction commits.
        em.createNativeQuery("""
                insert into event_outbox (event_id, type, subject_key, payload, status, next_attempt_at, created_at,
                                          trace_parent)
                values (:id, :type, :subject, cast(:payload as jsonb), 'PENDING', :now, :now, :traceParent)""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("event_outbox")
                .setParameter("id", id)
                .setParameter("type", event.type())
                .setParameter("subject", event.subjectKey())
                .setParameter("payload", envelope(id, now, event))
                .setParameter("now", now)
                // The change's trace: the relay's delivery, and the consumer's handling, continue it.
                .setParameter("traceParent", TraceParents.current())
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    /** The body the consumer receives: messagecenter-service's {@code Event} schema. */
    private String envelope(UUID id, Instant occurredAt, OutboxEvent event) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id);
        envelope.put("type", event.type());
        envelope.put("occurredAt", occurredAt);
        envelope.put("partnerId", event.partnerId());
        envelope.put("tenantId", event.tenantId());
        envelope.put("subject", Map.of("kind", event.subjectKind(), "id", event.subjectId()));
        envelope.put("data", event.data());
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.type() + " has data that is not JSON", e);
        }
    }

    private void wakeRelayAfterCommit() {
        // One wake-up per transaction, however many events it emits.
        AfterCommit.once(transactions, WAKE_AFTER_COMMIT, relay::wake);
    }
}
