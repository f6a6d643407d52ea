package io.partnerdesk.messagecenter.service;

import java.util.List;
import java.util.UUID;

import io.partnerdesk.http.problem.ProblemException;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.messagecenter.MaintenanceStatus;
import io.partnerdesk.problem.Violation;

/** The problem types of messagecenter-service. */
public final class MessageProblems {

    private MessageProblems() {
    }

    public static ProblemException unknownEventType(String type) {
        return Problems.unprocessable("unknown-event-type", "Unknown event type",
                List.of(new Violation("type", "is not an event type the Message Center handles: " + type)));
    }

    public static ProblemException missingEventField(String field, String type) {
        return Problems.unprocessable("incomplete-event", "Event lacks a field its type needs",
                List.of(new Violation(field, "is required for events of type " + type)));
    }

    public static ProblemException internalNoteEvent() {
        return Problems.unprocessable("internal-note-event", "Internal notes are never notified",
                List.of(new Violation("data.visibility", "must be shared: internal notes stay at 21Vianet")));
    }

    public static ProblemException unknownService(String service) {
        return Problems.unprocessable("unknown-service", "Unknown service",
                List.of(new Violation("service", "no service named " + service + "; see GET /api/v1/service-health")));
    }

    public static ProblemException receiverRefused(String field, String reason) {
        return Problems.unprocessable("webhook-receiver-refused", "Receiver refused",
                List.of(new Violation(field, reason)));
    }

    public static ProblemException unknownWebhookEventType(String field, String type) {
        return Problems.invalid(field, "is not an event type webhooks carry: " + type
                + "; see the event catalogue in docs/webhooks.md");
    }

    public static ProblemException tooManyWebhooks(int max) {
        return Problems.conflict("webhook-limit", "Too many webhooks",
                "At most " + max + " webhooks per partner or customer; delete one you no longer use.");
    }

    public static ProblemException webhookDisabled() {
        return Problems.conflict("webhook-disabled", "Webhook disabled",
                "The webhook is disabled: enable it (PATCH enabled=true) before sending it events again.");
    }

    public static ProblemException webhookTestInProgress() {
        return Problems.conflict("webhook-test-in-progress", "Test delivery in progress",
                "A test delivery to this webhook is under way; wait for its answer before sending another.");
    }

    public static ProblemException webhookQueueFull(int max) {
        return Problems.conflict("webhook-queue-full", "Webhook queue full",
                "The webhook has " + max + " or more deliveries waiting; redeliver or replay once the receiver has"
                        + " caught up (see its delivery log).");
    }

    public static ProblemException noIncidentReport(UUID issueId) {
        return Problems.of(404, "not-found", "Not found", "Health issue " + issueId
                + " has no post-incident report yet; operators publish one with PUT on this path.");
    }

    public static ProblemException maintenanceNotCancellable(MaintenanceStatus status) {
        return Problems.conflict("maintenance-not-cancellable", "Maintenance cannot be cancelled",
                "The maintenance is " + status.jsonName()
                        + "; only a scheduled or inProgress window can be cancelled.");
    }

    public static ProblemException acknowledgementNotRequested(UUID messageId) {
        return Problems.conflict("acknowledgement-not-requested", "No acknowledgement requested",
                "Message " + messageId
                        + " requires no action (it has no actionRequiredBy); there is nothing to acknowledge.");
    }

    public static ProblemException customersAcknowledge() {
        return Problems.of(403, "customer-only", "Only a customer acknowledges",
                "A customer's user acknowledges a message for its whole tenant; partners see who has, in GET /api/v1/messages/{id}/acknowledgements.");
    }

    public static ProblemException acknowledgedFilterForCustomers() {
        return Problems.invalid("acknowledged", "is a customer's filter: its tenant's acknowledgements");
    }

    public static ProblemException directoryUnavailable() {
        return Problems.dependencyUnavailable("Tenant directory unavailable",
                "The customers could not be read because subscriptions-service did not answer in time; retry in a few seconds.");
    }
}
