package io.partnerdesk.messagecenter.webhook;

import java.util.LinkedHashSet;
import java.util.Set;

import io.partnerdesk.messagecenter.event.NotificationTemplates;

/** The event types a webhook can subscribe to: every event the services emit, and the Message Center's own. */
public final class WebhookEventTypes {

    public static final String MESSAGE_PUBLISHED = "message.published";
    public static final String HEALTH_ISSUE_CREATED = "service-health.issue.created";
    public static final String HEALTH_ISSUE_UPDATED = "service-health.issue.updated";
    public static final String HEALTH_ISSUE_RESOLVED = "service-health.issue.resolved";
    /** Sent by {@code POST /api/v1/webhooks/{id}/test} only; no webhook subscribes to it. */
    public static final String TEST = "webhook.test";

    /** In a stable order, for documentation and error messages. */
    public static final Set<String> ALL;

    static {
        Set<String> all = new LinkedHashSet<>(NotificationTemplates.TYPES.stream().sorted().toList());
        all.add(HEALTH_ISSUE_CREATED);
        all.add(HEALTH_ISSUE_UPDATED);
        all.add(HEALTH_ISSUE_RESOLVED);
        all.add(MESSAGE_PUBLISHED);
        ALL = Set.copyOf(all);
    }

    private WebhookEventTypes() {
    }

    public static boolean isKnown(String type) {
        return ALL.contains(type);
    }
}
