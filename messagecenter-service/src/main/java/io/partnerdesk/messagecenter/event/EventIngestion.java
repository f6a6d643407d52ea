package io.partnerdesk.messagecenter.event;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageKind;
import io.partnerdesk.messagecenter.ProcessedEvent;
import io.partnerdesk.messagecenter.webhook.WebhookFanOut;
import io.quarkus.logging.Log;

/**
 * Turns an event into notifications exactly once. The event id is claimed first
 * ({@code insert ... on conflict do nothing}): a concurrent redelivery waits for the first to commit and then finds it
 * processed; a failed first attempt rolls the claim back with everything else.
 */
@ApplicationScoped
public class EventIngestion {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookFanOut webhooks;

    /** The messages an event produced, and whether this delivery produced them (false for a redelivery). */
    public record Outcome(List<UUID> messageIds, boolean firstDelivery) {
    }

    @Transactional
    public Outcome ingest(EventEnvelope event) {
        // Rendering first: an unknown type or a missing fact is refused (422) before anything is claimed.
        List<NotificationTemplates.Notification> notifications = NotificationTemplates.render(event);
        Instant now = Timestamps.now(clock);
        int claimed = em.createNativeQuery("""
                insert into processed_events (event_id, type, message_ids, processed_at)
                values (:id, :type, '', :now) on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            ProcessedEvent processed = ProcessedEvent.findById(event.id());
            Log.infof("Event %s (%s) redelivered; already processed", event.id(), event.type());
            return new Outcome(parse(processed.messageIds), false);
        }
        List<UUID> ids = new ArrayList<>();
        for (NotificationTemplates.Notification n : notifications) {
            Message m = new Message();
            m.id = UUID.randomUUID();
            m.kind = MessageKind.NOTIFICATION;
            m.title = n.title();
            m.body = n.body();
            m.category = n.category();
            m.severity = n.severity();
            m.tags = new LinkedHashSet<>(Set.of(event.type()));
            m.audienceType = n.audience();
            m.audienceIds = new LinkedHashSet<>(Set.of(n.member()));
            m.startsAt = event.occurredAt().isAfter(now) ? now : event.occurredAt();
            m.sourceEventId = event.id();
            if (n.subject() != null) {
                m.subjectType = n.subject().type();
                m.subjectId = n.subject().id();
                m.subjectName = n.subject().displayName();
                m.subjectLink = n.subject().link();
            }
            m.createdAt = now;
            m.updatedAt = now;
            m.persist();
            ids.add(m.id);
        }
        em.createNativeQuery("update processed_events set message_ids = :ids where event_id = :id")
                .setParameter("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .setParameter("id", event.id())
                .executeUpdate();
        // Partners' webhooks get the event in the same transaction: queued exactly once, with the notifications.
        webhooks.publish(webhooks.payloads().of(event));
        Log.infof("Event %s (%s) made %d notification(s)", event.id(), event.type(), ids.size());
        return new Outcome(ids, true);
    }

    private static List<UUID> parse(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(UUID::fromString).toList();
    }
}
