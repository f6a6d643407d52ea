package io.partnerdesk.support.event;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.partnerdesk.outbox.Outbox;
import io.partnerdesk.outbox.OutboxEvent;
import io.partnerdesk.support.ProblemReport;
import io.partnerdesk.support.SupportRequest;

/**
 * The events of problem reports, with the facts messagecenter-service's templates need to tell the customer and the
 * partner, naming the report. Each call writes to the outbox in the caller's transaction; the partner's internal notes
 * never become events.
 */
@ApplicationScoped
public class ProblemReportEvents {

    static final String PROBLEM_REPORT = "problem-report";

    @Inject
    Outbox outbox;

    public void created(ProblemReport p) {
        Map<String, Object> data = facts(p);
        data.put("impact", p.impact.jsonName());
        if (p.partnerResponseDueAt != null) {
            data.put("partnerResponseDueAt", p.partnerResponseDueAt.toString());
        }
        emit("problem-report.created", p, data);
    }

    /** A move or an edit; {@code actorRole} decides whom the consumer tells (the other side). */
    public void updated(ProblemReport p, String previousStatus, String actorRole) {
        Map<String, Object> data = facts(p);
        data.put("previousStatus", previousStatus);
        data.put("actorRole", actorRole);
        emit("problem-report.updated", p, data);
    }

    public void resolved(ProblemReport p) {
        Map<String, Object> data = facts(p);
        data.put("resolution", p.resolution);
        emit("problem-report.resolved", p, data);
    }

    public void escalated(ProblemReport p, SupportRequest escalation) {
        Map<String, Object> data = facts(p);
        data.put("supportRequestId", escalation.id.toString());
        data.put("supportRequestNumber", escalation.displayNumber());
        data.put("severity", escalation.severity.name());
        emit("problem-report.escalated", p, data);
    }

    /** A shared note by the customer or the partner; {@code authorRole} decides whom the consumer tells. */
    public void sharedNoteAdded(ProblemReport p, String authorRole) {
        Map<String, Object> data = facts(p);
        data.put("visibility", "shared");
        data.put("authorRole", authorRole);
        emit("problem-report.note-added", p, data);
    }

    private static Map<String, Object> facts(ProblemReport p) {
        Map<String, Object> data = new HashMap<>();
        data.put("number", p.displayNumber());
        data.put("title", p.title);
        data.put("customerName", p.customerName);
        data.put("status", p.status.jsonName());
        return data;
    }

    private void emit(String type, ProblemReport p, Map<String, Object> data) {
        outbox.emit(new OutboxEvent(type, PROBLEM_REPORT, p.id.toString(), p.partnerId, p.customerId, data));
    }
}
