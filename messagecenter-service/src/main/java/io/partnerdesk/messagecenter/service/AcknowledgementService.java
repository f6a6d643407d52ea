package io.partnerdesk.messagecenter.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.idempotency.AlreadyExists;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageAcknowledgement;
import io.partnerdesk.messagecenter.MessageReader;
import io.partnerdesk.messagecenter.client.DirectoryCustomer;
import io.partnerdesk.messagecenter.client.TenantDirectory;
import io.partnerdesk.messagecenter.repository.MessageSearch;
import io.partnerdesk.messagecenter.rest.AcknowledgementViews.Acknowledged;
import io.partnerdesk.messagecenter.rest.AcknowledgementViews.AcknowledgementView;
import io.partnerdesk.messagecenter.rest.AcknowledgementViews.Pending;
import io.partnerdesk.messagecenter.rest.AcknowledgementViews.Report;
import io.quarkus.logging.Log;

/**
 * Tenants' acknowledgements of messages that require action: a customer's user acknowledges once for its tenant; its
 * partner (for its customers) and operators (for every tenant) see who has and who has not, the latter from
 * subscriptions-service's tenant directory.
 */
@ApplicationScoped
public class AcknowledgementService {

    @Inject
    MessageSearch search;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    TenantDirectory directory;

    /**
     * The calling customer acknowledges a message it can see, for its tenant. Two users acknowledging at once make one
     * record ({@code insert ... on conflict do nothing}); the second gets {@link AlreadyExists} with the first.
     */
    @Transactional
    public MessageAcknowledgement acknowledge(UUID messageId, String note) {
        MessageReader reader = MessageReader.of(caller);
        Message message = search.one(reader, messageId).map(MessageSearch.Seen::message)
                .orElseThrow(() -> Problems.notFound("Message", messageId));
        if (message.actionRequiredBy == null) {
            throw MessageProblems.acknowledgementNotRequested(messageId);
        }
        UUID tenantId = caller.requireTenantId();
        int made = em.createNativeQuery("""
                insert into message_acknowledgements
                    (message_id, tenant_id, acknowledged_by, acknowledged_by_subject, note, acknowledged_at)
                values (:message, :tenant, :by, :subject, :note, :at) on conflict (message_id, tenant_id) do nothing""")
                .setParameter("message", messageId)
                .setParameter("tenant", tenantId)
                .setParameter("by", caller.displayName())
                .setParameter("subject", caller.subject())
                .setParameter("note", note == null || note.isBlank() ? null : note.trim())
                .setParameter("at", Timestamps.now(clock))
                .executeUpdate();
        MessageAcknowledgement record = MessageAcknowledgement
                .findById(new MessageAcknowledgement.Key(messageId, tenantId));
        if (made == 0) {
            throw new AlreadyExists(AcknowledgementView.from(record));
        }
        Log.infof("Message %s acknowledged for tenant %s by %s", messageId, tenantId, caller.subject());
        return record;
    }

    /**
     * Who has acknowledged and who has not: a partner sees the customers of its own that the message reaches (404 when
     * it reaches none of them, as for a message it may not know of), an operator every tenant.
     */
    public Report report(UUID messageId) {
        Message message = Message.findById(messageId);
        if (message == null) {
            throw Problems.notFound("Message", messageId);
        }
        boolean operator = MessageReader.of(caller).kind() == MessageReader.Kind.OPERATOR;
        List<DirectoryCustomer> customers;
        try {
            customers = directory.customers(operator ? null : caller.requirePartnerId());
        } catch (TenantDirectory.Unavailable e) {
            throw MessageProblems.directoryUnavailable();
        }
        Map<UUID, DirectoryCustomer> byId = customers.stream()
                .collect(Collectors.toMap(DirectoryCustomer::id, Function.identity(), (a, b) -> a));
        Set<UUID> reached = AcknowledgementRules.tenantsReached(message.audienceType, message.audienceIds,
                byId.keySet());
        if (!operator) {
            reached.retainAll(byId.keySet());
            if (reached.isEmpty()) {
                throw Problems.notFound("Message", messageId);
            }
        }
        // Only now: a partner learns that a message requires no action only of a message that reaches its customers.
        if (message.actionRequiredBy == null) {
            throw MessageProblems.acknowledgementNotRequested(messageId);
        }
        List<MessageAcknowledgement> acknowledgements = MessageAcknowledgement
                .<MessageAcknowledgement> list("messageId = ?1 order by acknowledgedAt, tenantId", messageId).stream()
                .filter(a -> operator || reached.contains(a.tenantId)).toList();
        Set<UUID> acknowledgedTenants = acknowledgements.stream().map(a -> a.tenantId).collect(Collectors.toSet());
        List<Pending> pending = reached.stream().filter(t -> !acknowledgedTenants.contains(t))
                .map(t -> byId.containsKey(t) ? Pending.from(byId.get(t)) : new Pending(t, null, null))
                .sorted(Comparator.comparing(Pending::customerName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Pending::tenantId))
                .toList();
        return new Report(messageId, message.actionRequiredBy,
                acknowledgements.stream().map(a -> Acknowledged.from(a, byId.get(a.tenantId))).toList(), pending);
    }
}
