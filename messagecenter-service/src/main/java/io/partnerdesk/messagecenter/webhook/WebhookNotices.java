package io.partnerdesk.messagecenter.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageCategory;
import io.partnerdesk.messagecenter.MessageKind;
import io.partnerdesk.messagecenter.MessageSeverity;
import io.partnerdesk.messagecenter.Webhook;

/** Tells a webhook's owner, in its Message Center, that PartnerDesk stopped delivering to it and why. */
@ApplicationScoped
public class WebhookNotices {

    @Transactional(Transactional.TxType.MANDATORY)
    public void disabled(Webhook webhook, String reason, Instant now) {
        Message m = new Message();
        m.id = UUID.randomUUID();
        m.kind = MessageKind.NOTIFICATION;
        String name = webhook.description != null ? webhook.description : host(webhook.url);
        m.title = TextRules.fit("Webhook disabled: " + name, Message.TITLE_MAX);
        m.body = TextRules.fit("PartnerDesk stopped delivering events to " + webhook.url + ": " + reason
                + ". Events are kept for replay: fix the receiver, enable the webhook again (PATCH with enabled=true)"
                + " and replay what it missed (POST /api/v1/webhooks/" + webhook.id + "/replay).", Message.BODY_MAX);
        m.category = MessageCategory.PREVENT_OR_FIX_ISSUE;
        m.severity = MessageSeverity.HIGH;
        m.tags = new LinkedHashSet<>(Set.of("webhook.disabled"));
        boolean partner = webhook.ownerKind == Webhook.OwnerKind.PARTNER;
        m.audienceType = partner ? AudienceType.PARTNER_IDS : AudienceType.TENANTS;
        m.audienceIds = new LinkedHashSet<>(Set.of(partner ? webhook.partnerId : webhook.tenantId.toString()));
        m.subjectType = "webhook";
        m.subjectId = webhook.id.toString();
        m.subjectName = TextRules.fit(name, Message.SUBJECT_NAME_MAX);
        m.subjectLink = "/api/v1/webhooks/" + webhook.id;
        m.startsAt = now;
        m.createdAt = now;
        m.updatedAt = now;
        m.persist();
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
