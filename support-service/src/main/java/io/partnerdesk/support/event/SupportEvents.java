package io.partnerdesk.support.event;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.partnerdesk.outbox.Outbox;
import io.partnerdesk.outbox.OutboxEvent;
import io.partnerdesk.support.SupportRequest;

/**
 * The events support-service emits, with the facts messagecenter-service's templates need. Each call writes to the
 * outbox in the caller's transaction. Internal notes never become events: they are for engineers only.
 */
@ApplicationScoped
public class SupportEvents {

    static final String SUPPORT_REQUEST = "support-request";

    @Inject
    Outbox outbox;

    public void created(SupportRequest r) {
        emit("support-request.created", r, Map.of("number", r.displayNumber(), "title", r.title,
                "severity", r.severity.name()));
    }

    public void statusChanged(SupportRequest r, String from) {
        emit("support-request.status-changed", r, Map.of("number", r.displayNumber(), "title", r.title,
                "status", r.status.jsonName(), "previousStatus", from));
    }

    /** A shared note; {@code authorRole} decides whom the consumer tells (an engineer's reply reaches the partner too). */
    public void sharedNoteAdded(SupportRequest r, String authorRole) {
        emit("support-request.note-added", r, Map.of("number", r.displayNumber(), "title", r.title,
                "visibility", "shared", "authorRole", authorRole));
    }

    public void slaBreached(SupportRequest r) {
        emit("support-request.sla-breached", r, Map.of("number", r.displayNumber(), "title", r.title,
                "severity", r.severity.name(), "firstResponseDueAt", r.firstResponseDueAt.toString()));
    }

    /** A health issue linked to the request was resolved; the resolution is noted on the request. */
    public void healthIssueResolved(SupportRequest r, String service, UUID healthIssueId, String lastPost) {
        emit("support-request.health-issue-resolved", r, Map.of("number", r.displayNumber(), "title", r.title,
                "service", service, "healthIssueId", healthIssueId.toString(), "lastPost", lastPost));
    }

    private void emit(String type, SupportRequest r, Map<String, Object> data) {
        outbox.emit(new OutboxEvent(type, SUPPORT_REQUEST, r.id.toString(), r.partnerId, r.customerId, data));
    }
}
