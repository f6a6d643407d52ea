package io.partnerdesk.messagecenter.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.http.json.JsonNames;
import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.HealthIssue;
import io.partnerdesk.messagecenter.HealthIssuePost;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.event.EventEnvelope;
import io.partnerdesk.messagecenter.event.NotificationTemplates;

/**
 * What receivers get: {@code {type, timestamp, data}}, where {@code data} names the subject ({@code type, id,
 * displayName, link}), the partner and customer it concerns (null for broadcasts) and, in {@code details}, what
 * changed. The webhook documentation's catalogue shows one of each type.
 */
public final class WebhookPayloads {

    private final ObjectMapper json;

    public WebhookPayloads(ObjectMapper json) {
        this.json = json;
    }

    /** An event of another service (already accepted by the notification templates). */
    public WebhookEvent of(EventEnvelope e) {
        NotificationTemplates.Subject subject = NotificationTemplates.Subject.of(e);
        Map<String, Object> details = new LinkedHashMap<>(e.data() == null ? Map.of() : e.data());
        // Only shared notes become events at all; the field says nothing a receiver needs.
        details.remove("visibility");
        String body = body(e.type(), e.occurredAt(), subject.type(), subject.id(), subject.displayName(),
                subject.link(), e.partnerId(), e.tenantId(), details);
        return new WebhookEvent(e.id(), e.type(), e.occurredAt(), e.partnerId(), e.tenantId(), null, List.of(),
                subject.type() + ":" + subject.id(), body);
    }

    /** A health issue opened, updated by a post, or resolved: for everyone, as service health is. */
    public WebhookEvent of(String type, HealthIssue issue, HealthIssuePost post, Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("service", issue.service);
        details.put("classification", JsonNames.of(issue.classification));
        details.put("status", JsonNames.of(issue.status));
        details.put("impactDescription", issue.impactDescription);
        details.put("feature", issue.feature);
        details.put("post", post == null ? null : post.text);
        String body = body(type, at, "service-health-issue", issue.id.toString(), issue.title,
                "/api/v1/service-health/issues/" + issue.id, null, null, details);
        return new WebhookEvent(UUID.randomUUID(), type, at, null, null, AudienceType.EVERYONE, List.of(),
                "service-health-issue:" + issue.id, body);
    }

    /** An operator's announcement, for its audience. */
    public WebhookEvent published(Message m, Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("category", JsonNames.of(m.category));
        details.put("severity", JsonNames.of(m.severity));
        details.put("services", new ArrayList<>(m.services));
        details.put("isMajorChange", m.majorChange);
        details.put("actionRequiredBy", m.actionRequiredBy);
        details.put("startsAt", m.startsAt);
        details.put("endsAt", m.endsAt);
        String body = body(WebhookEventTypes.MESSAGE_PUBLISHED, at, "message", m.id.toString(), m.title,
                "/api/v1/messages/" + m.id, null, null, details);
        return new WebhookEvent(UUID.randomUUID(), WebhookEventTypes.MESSAGE_PUBLISHED, at, null, null,
                m.audienceType, new ArrayList<>(m.audienceIds), "message:" + m.id, body);
    }

    /** The {@code webhook.test} body: a delivery a receiver can check its verification against. */
    public String test(UUID webhookId, Instant at) {
        return body(WebhookEventTypes.TEST, at, "webhook", webhookId.toString(), "Test delivery",
                "/api/v1/webhooks/" + webhookId, null, null, Map.of("note", "Sent on request, to check a receiver."));
    }

    private String body(String type, Instant at, String subjectType, String subjectId, String displayName,
            String link, String partnerId, UUID customerId, Map<String, Object> details) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", subjectType);
        subject.put("id", subjectId);
        subject.put("displayName", displayName);
        subject.put("link", link);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subject", subject);
        data.put("partnerId", partnerId);
        data.put("customerId", customerId);
        data.put("details", details);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("type", type);
        envelope.put("timestamp", at);
        envelope.put("data", data);
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook body not serializable", e);
        }
    }
}
