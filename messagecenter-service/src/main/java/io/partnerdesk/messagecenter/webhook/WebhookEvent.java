package io.partnerdesk.messagecenter.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.Webhook;

/**
 * An event as webhooks carry it: who may see it and the body receivers get. An event of another service is about
 * one partner's customer ({@code partnerId}, {@code tenantId}); a Message Center broadcast (a message, a health
 * issue) is for an audience.
 *
 * @param subjectKey deliveries of one subject reach a webhook in order
 * @param body the JSON body, {@code {type, timestamp, data}}, signed as is
 */
public record WebhookEvent(UUID id, String type, Instant occurredAt, String partnerId, UUID tenantId,
        AudienceType audience, List<String> audienceIds, String subjectKey, String body) {

    public WebhookEvent {
        audienceIds = audienceIds == null ? List.of() : List.copyOf(audienceIds);
    }

    /** Whether the webhook's owner may see this event and asked for it. */
    public boolean reaches(Webhook webhook) {
        return webhook.eventTypes.contains(type) && visibleTo(webhook) && withinCustomers(webhook);
    }

    private boolean visibleTo(Webhook w) {
        boolean partner = w.ownerKind == Webhook.OwnerKind.PARTNER;
        if (audience == null) {
            return partner ? w.partnerId.equals(partnerId) : w.tenantId.equals(tenantId);
        }
        return switch (audience) {
            case EVERYONE -> true;
            case PARTNERS -> partner;
            case CUSTOMERS -> !partner;
            case PARTNER_IDS -> partner && audienceIds.contains(w.partnerId);
            case TENANTS -> !partner && audienceIds.contains(w.tenantId.toString());
        };
    }

    /** A partner's webhook limited to some customers gets only their events (broadcasts are about no customer). */
    private boolean withinCustomers(Webhook w) {
        return w.customerIds.isEmpty() || tenantId == null || w.customerIds.contains(tenantId);
    }
}
