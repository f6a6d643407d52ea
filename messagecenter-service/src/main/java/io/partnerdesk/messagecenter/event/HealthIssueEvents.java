package io.partnerdesk.messagecenter.event;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.messagecenter.HealthIssue;
import io.partnerdesk.messagecenter.HealthIssuePost;
import io.partnerdesk.messagecenter.webhook.WebhookEventTypes;
import io.partnerdesk.outbox.Outbox;
import io.partnerdesk.outbox.OutboxEvent;

/**
 * The events this service emits itself, through its outbox, for support-service: a resolved health issue is noted on
 * the support requests linked to it. Written in the transaction of the change, so a resolution that rolls back emits
 * nothing and one that commits is delivered at least once.
 */
@ApplicationScoped
public class HealthIssueEvents {

    public static final String RESOLVED = WebhookEventTypes.HEALTH_ISSUE_RESOLVED;

    static final String SUBJECT = "health-issue";

    /** The last post is what the note on each linked request quotes; kept short, the issue holds the whole text. */
    static final int POST_EXCERPT = 1000;

    @Inject
    Outbox outbox;

    public void resolved(HealthIssue issue, HealthIssuePost resolvingPost) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("service", issue.service);
        data.put("title", issue.title);
        data.put("lastPost", TextRules.fit(resolvingPost.text, POST_EXCERPT));
        data.put("resolvedAt", issue.resolvedAt.toString());
        outbox.emit(new OutboxEvent(RESOLVED, SUBJECT, issue.id.toString(), null, null, data));
    }
}
