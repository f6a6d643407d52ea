package io.partnerdesk.messagecenter.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageKind;
import io.partnerdesk.messagecenter.MessageSeverity;
import io.partnerdesk.messagecenter.client.DirectoryCustomer;
import io.partnerdesk.messagecenter.client.TenantDirectory;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Reminds each tenant that has not acknowledged a message requiring action, {@code reminder-lead} (3 days) before its
 * date, once. "Once" holds across restarts and replicas: a reminder is the row {@code (message_id, tenant_id)} of
 * {@code message_reminders}, inserted with {@code on conflict do nothing} in the transaction that writes the reminder
 * notification, so a replica that loses the race writes nothing. Each message is handled in a transaction of its own:
 * one message's failure (the tenant directory away) leaves the others' reminders to this pass and its own to the next.
 */
@ApplicationScoped
public class AcknowledgementReminders {

    /** Messages looked at per pass; more are reached by the next passes (each pass takes the nearest dates first). */
    static final int MESSAGES_PER_PASS = 100;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'Beijing time'")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TenantDirectory directory;

    @ConfigProperty(name = "partnerdesk.messages.reminder-lead", defaultValue = "P3D")
    Duration lead;

    @Scheduled(every = "${partnerdesk.messages.reminder-interval:5m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        remindDue();
    }

    /** One pass: the reminders now due; the number of reminders written. */
    public int remindDue() {
        Instant now = Timestamps.now(clock);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                select m.id from Message m where m.actionRequiredBy > :now and m.actionRequiredBy <= :until
                and m.startsAt <= :now and (m.endsAt is null or m.endsAt > :now)
                and m.audienceType in :tenantAudiences order by m.actionRequiredBy, m.id""", UUID.class)
                .setParameter("now", now)
                .setParameter("until", now.plus(lead))
                .setParameter("tenantAudiences",
                        List.of(AudienceType.EVERYONE, AudienceType.CUSTOMERS, AudienceType.TENANTS))
                .setMaxResults(MESSAGES_PER_PASS)
                .getResultList());
        int written = 0;
        for (UUID messageId : due) {
            try {
                written += QuarkusTransaction.requiringNew().call(() -> remind(messageId, now));
            } catch (TenantDirectory.Unavailable e) {
                Log.warnf("Reminders of message %s postponed: %s", messageId, e.getMessage());
            }
        }
        if (written > 0) {
            Log.infof("%d acknowledgement reminder(s) sent", written);
        }
        return written;
    }

    private int remind(UUID messageId, Instant now) {
        Message message = Message.findById(messageId);
        if (message == null) {
            return 0;
        }
        Set<UUID> directoryTenants = AcknowledgementRules.needsDirectory(message.audienceType)
                ? directory.customers(null).stream().map(DirectoryCustomer::id).collect(Collectors.toSet())
                : Set.of();
        Set<UUID> reached = AcknowledgementRules.tenantsReached(message.audienceType, message.audienceIds,
                directoryTenants);
        Set<UUID> acknowledged = tenants("select tenant_id from message_acknowledgements where message_id = :m",
                messageId);
        Set<UUID> reminded = tenants("select tenant_id from message_reminders where message_id = :m", messageId);
        List<UUID> targets = AcknowledgementRules.toRemind(
                new AcknowledgementRules.Due(message.actionRequiredBy, message.startsAt, message.endsAt), now, lead,
                reached, acknowledged, reminded);
        int written = 0;
        for (UUID tenant : targets) {
            Message reminder = reminder(message, tenant, now);
            int claimed = em.createNativeQuery("""
                    insert into message_reminders (message_id, tenant_id, reminder_message_id, reminded_at)
                    values (:m, :t, :r, :at) on conflict (message_id, tenant_id) do nothing""")
                    .setParameter("m", messageId).setParameter("t", tenant).setParameter("r", reminder.id)
                    .setParameter("at", now).executeUpdate();
            if (claimed == 1) {
                written++;
            } else {
                // Another replica reminded this tenant first: its reminder stands, this one is not kept.
                reminder.delete();
            }
        }
        return written;
    }

    /** The reminder notification to one tenant, written before its claim so the claim can name it. */
    private Message reminder(Message about, UUID tenant, Instant now) {
        Message m = new Message();
        m.id = UUID.randomUUID();
        m.kind = MessageKind.NOTIFICATION;
        String date = DATE.format(about.actionRequiredBy);
        m.title = TextRules.fit("Action required by " + date + ": " + about.title, Message.TITLE_MAX);
        m.body = TextRules.fit("Your organisation has not yet acknowledged \"" + about.title + "\". Read it and "
                + "acknowledge it for your organisation before " + date + ".", Message.BODY_MAX);
        m.category = about.category;
        m.severity = MessageSeverity.HIGH;
        m.tags = new LinkedHashSet<>(Set.of("acknowledgement-reminder"));
        m.audienceType = AudienceType.TENANTS;
        m.audienceIds = new LinkedHashSet<>(Set.of(tenant.toString()));
        m.startsAt = now;
        m.subjectType = "message";
        m.subjectId = about.id.toString();
        m.subjectName = TextRules.fit(about.title, Message.SUBJECT_NAME_MAX);
        m.subjectLink = "/api/v1/messages/" + about.id;
        m.createdAt = now;
        m.updatedAt = now;
        m.persistAndFlush();
        return m;
    }

    private Set<UUID> tenants(String sql, UUID messageId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter("m", messageId).getResultList();
        Set<UUID> tenants = new HashSet<>();
        rows.forEach(row -> tenants.add(row instanceof UUID u ? u : UUID.fromString(row.toString())));
        return tenants;
    }
}
