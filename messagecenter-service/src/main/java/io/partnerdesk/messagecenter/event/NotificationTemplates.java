package io.partnerdesk.messagecenter.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageCategory;
import io.partnerdesk.messagecenter.MessageSeverity;
import io.partnerdesk.messagecenter.service.MessageProblems;

/**
 * What each event type tells whom, in plain words. Pure: an event in, the notifications out; an unknown type or a
 * missing fact is 422.
 */
public final class NotificationTemplates {

    /**
     * A notification to one tenant or one partner. Title and body are composed from what users named (offers,
     * companies, reasons), so they are cut to their columns with an ellipsis: an event is never refused, or retried
     * forever, because a name was long.
     */
    public record Notification(AudienceType audience, String member, String title, String body,
            MessageCategory category, MessageSeverity severity, String service, Subject subject) {

        public Notification {
            title = TextRules.fit(title, Message.TITLE_MAX);
            body = TextRules.fit(body, Message.BODY_MAX);
        }
    }

    /**
     * What a notification is about: its type, id, the name a person knows it by (a subscription's friendly name, a
     * support request's number) and the API path that reads it, so that a client can link to it.
     */
    public record Subject(String type, String id, String displayName, String link) {

        public Subject {
            displayName = TextRules.fit(displayName, Message.SUBJECT_NAME_MAX);
        }

        public static Subject of(EventEnvelope e) {
            String id = e.subject().id();
            // By the event's type, which the templates above already trust, rather than subject.kind: a producer's
            // kind that disagreed with its type must not make a notification the consumer then refuses.
            return switch (e.type().substring(0, e.type().indexOf('.'))) {
                case "subscription" -> new Subject("subscription", id, subscriptionName(e),
                        e.tenantId() == null ? null : "/api/v1/customers/" + e.tenantId() + "/subscriptions/" + id);
                case "change-request" -> new Subject("change-request", id, "Change request for " + subscriptionName(e),
                        "/api/v1/change-requests/" + id);
                case "support-request" -> new Subject("support-request", id, e.text("number"),
                        "/api/v1/support-requests/" + id);
                case "problem-report" -> new Subject("problem-report", id, e.text("number"),
                        "/api/v1/problem-reports/" + id);
                default -> throw MessageProblems.unknownEventType(e.type());
            };
        }
    }

    /** How the customer knows a subscription: its friendly name and offer, or the offer alone. */
    static String subscriptionName(EventEnvelope e) {
        String friendly = e.optionalText("friendlyName");
        String offer = e.text("offerName");
        return friendly == null || friendly.equalsIgnoreCase(offer) ? offer : friendly + " (" + offer + ")";
    }

    public static final Set<String> TYPES = Set.of("subscription.created", "subscription.changed",
            "subscription.cancelled", "change-request.created", "change-request.decided", "support-request.created",
            "support-request.status-changed", "support-request.note-added", "support-request.sla-breached",
            "support-request.health-issue-resolved",
            "problem-report.created", "problem-report.updated", "problem-report.resolved", "problem-report.escalated",
            "problem-report.note-added");

    private static final Map<String, String> FIELD_NAMES = Map.of("quantity", "quantity", "autoRenewEnabled",
            "auto-renew setting", "friendlyName", "name", "status", "status");

    private static final Map<String, String> REPORT_STATUS_NAMES = Map.of("new", "new", "inProgress",
            "being worked on by your partner", "escalated", "escalated to 21Vianet", "resolved", "resolved", "closed",
            "closed");

    private static final Map<String, String> IMPACT_NAMES = Map.of("oneUser", "one user", "someUsers", "some users",
            "allUsers", "all users");

    private static final Map<String, String> STATUS_NAMES = Map.of("open", "open", "in_progress", "in progress",
            "awaiting_partner", "waiting for your partner", "resolved", "resolved", "closed", "closed");

    private NotificationTemplates() {
    }

    public static List<Notification> render(EventEnvelope e) {
        if (!TYPES.contains(e.type())) {
            throw MessageProblems.unknownEventType(e.type());
        }
        List<Notification> out = new ArrayList<>();
        switch (e.type()) {
            case "subscription.created" -> out.add(toTenant(e, "New subscription: " + subscriptionName(e),
                    "Your partner added a subscription to " + e.text("offerName") + " with a quantity of "
                            + e.text("quantity") + ".",
                    MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL));
            case "subscription.changed" -> {
                String field = FIELD_NAMES.getOrDefault(e.text("field"), e.text("field"));
                out.add(toTenant(e, subscriptionName(e) + ": " + field + " changed",
                        "Your partner changed the " + field + " of " + subscriptionName(e) + " from "
                                + e.text("oldValue") + " to " + e.text("newValue") + ".",
                        MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL));
            }
            case "subscription.cancelled" -> out.add(toTenant(e, subscriptionName(e) + " cancelled",
                    "Your partner cancelled your subscription " + subscriptionName(e) + ".",
                    MessageCategory.PLAN_FOR_CHANGE, MessageSeverity.HIGH));
            case "change-request.created" -> out.add(toPartner(e, "Change request from " + e.text("customerName"),
                    e.text("customerName") + " asks you to change " + e.text("offerName") + ": " + e.text("summary")
                            + ". Reason: " + e.text("reason"),
                    MessageCategory.PREVENT_OR_FIX_ISSUE, MessageSeverity.NORMAL));
            case "change-request.decided" -> {
                String decision = e.text("decision");
                String reason = e.optionalText("reason");
                out.add(toTenant(e, "Change request " + decision,
                        "Your partner " + decision + " your change request for " + e.text("offerName") + "."
                                + (reason == null ? "" : " " + reason),
                        MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL));
            }
            case "support-request.created" -> out.add(toTenant(e, "Support request " + e.text("number") + " opened",
                    "Your partner opened support request " + e.text("number") + " with 21Vianet: " + e.text("title")
                            + ".",
                    MessageCategory.PREVENT_OR_FIX_ISSUE, MessageSeverity.NORMAL));
            case "support-request.status-changed" -> {
                String status = STATUS_NAMES.getOrDefault(e.text("status"), e.text("status"));
                String title = "Support request " + e.text("number") + " is " + status;
                String body = "Support request " + e.text("number") + " (" + e.text("title") + ") is now " + status
                        + ".";
                out.add(toTenant(e, title, body, MessageCategory.PREVENT_OR_FIX_ISSUE, MessageSeverity.NORMAL));
                out.add(toPartner(e, title, body, MessageCategory.PREVENT_OR_FIX_ISSUE, MessageSeverity.NORMAL));
            }
            case "support-request.note-added" -> {
                if (!"shared".equals(e.text("visibility"))) {
                    throw MessageProblems.internalNoteEvent();
                }
                boolean byEngineer = "support-engineer".equals(e.text("authorRole"));
                String who = byEngineer ? "21Vianet" : "Your partner";
                String title = who + " replied on support request " + e.text("number");
                String body = who + " added a note to support request " + e.text("number") + " (" + e.text("title")
                        + ").";
                out.add(toTenant(e, title, body, MessageCategory.PREVENT_OR_FIX_ISSUE, MessageSeverity.NORMAL));
                if (byEngineer) {
                    out.add(toPartner(e, title, body, MessageCategory.PREVENT_OR_FIX_ISSUE, MessageSeverity.NORMAL));
                }
            }
            case "support-request.sla-breached" -> out.add(toPartner(e,
                    "First-response target missed on " + e.text("number"),
                    "21Vianet has not answered support request " + e.text("number") + " (severity " + e.text("severity")
                            + ") within its first-response target. The request stays in the engineers' priority queue.",
                    MessageCategory.PREVENT_OR_FIX_ISSUE, MessageSeverity.HIGH));
            case "support-request.health-issue-resolved" -> out.add(toPartner(e,
                    e.text("service") + " incident resolved: support request " + e.text("number"),
                    "21Vianet resolved the " + e.text("service") + " incident linked to support request "
                            + e.text("number") + " (" + e.text("title") + "): " + e.text("lastPost")
                            + " Check whether the customer's problem is gone, then resolve or answer the request.",
                    MessageCategory.PREVENT_OR_FIX_ISSUE, MessageSeverity.NORMAL));
            case "problem-report.created", "problem-report.updated", "problem-report.resolved",
                    "problem-report.escalated", "problem-report.note-added" ->
                out.add(problemReport(e));
            default -> throw MessageProblems.unknownEventType(e.type());
        }
        return out;
    }

    /**
     * A problem report's news goes to the side that did not cause it: the customer's report and notes to the partner,
     * the partner's answers to the customer.
     */
    private static Notification problemReport(EventEnvelope e) {
        String number = e.text("number");
        String title = e.text("title");
        String customer = e.text("customerName");
        MessageCategory category = MessageCategory.PREVENT_OR_FIX_ISSUE;
        return switch (e.type()) {
            case "problem-report.created" -> {
                String due = e.optionalText("partnerResponseDueAt");
                yield toPartner(e, "Problem report " + number + " from " + customer,
                        customer + " reports a problem affecting " + IMPACT_NAMES.getOrDefault(e.text("impact"),
                                e.text("impact")) + ": " + title + "."
                                + (due == null ? "" : " Your response is due by " + due + "."),
                        category, "allUsers".equals(e.text("impact")) ? MessageSeverity.HIGH : MessageSeverity.NORMAL);
            }
            case "problem-report.updated" -> {
                String status = REPORT_STATUS_NAMES.getOrDefault(e.text("status"), e.text("status"));
                boolean byCustomer = "customer".equals(e.text("actorRole"));
                boolean moved = !e.text("status").equals(e.text("previousStatus"));
                String what = moved ? "is now " + status : "was edited";
                if (byCustomer) {
                    yield toPartner(e, "Problem report " + number + " " + what,
                            customer + "'s problem report " + number + " (" + title + ") " + what + ".", category,
                            MessageSeverity.NORMAL);
                }
                yield toTenant(e, "Problem report " + number + " " + what,
                        "Your problem report " + number + " (" + title + ") " + what + ".", category,
                        MessageSeverity.NORMAL);
            }
            case "problem-report.resolved" -> toTenant(e, "Problem report " + number + " resolved",
                    "Your partner resolved your problem report " + number + " (" + title + "): "
                            + e.text("resolution")
                            + " Confirm it, or reopen the report within 7 days if the problem remains.",
                    category, MessageSeverity.NORMAL);
            case "problem-report.escalated" -> toTenant(e, "Problem report " + number + " escalated to 21Vianet",
                    "Your partner escalated your problem report " + number + " (" + title
                            + ") to 21Vianet as support request " + e.text("supportRequestNumber") + ", severity "
                            + e.text("severity") + ".",
                    category, MessageSeverity.NORMAL);
            case "problem-report.note-added" -> {
                if (!"shared".equals(e.text("visibility"))) {
                    throw MessageProblems.internalNoteEvent();
                }
                if ("customer".equals(e.text("authorRole"))) {
                    yield toPartner(e, customer + " added a note to " + number,
                            customer + " added a note to problem report " + number + " (" + title + ").", category,
                            MessageSeverity.NORMAL);
                }
                yield toTenant(e, "Your partner replied on problem report " + number,
                        "Your partner added a note to your problem report " + number + " (" + title + ").", category,
                        MessageSeverity.NORMAL);
            }
            default -> throw MessageProblems.unknownEventType(e.type());
        };
    }

    private static Notification toTenant(EventEnvelope e, String title, String body, MessageCategory category,
            MessageSeverity severity) {
        if (e.tenantId() == null) {
            throw MessageProblems.missingEventField("tenantId", e.type());
        }
        return new Notification(AudienceType.TENANTS, e.tenantId().toString(), title, body, category, severity, null,
                Subject.of(e));
    }

    private static Notification toPartner(EventEnvelope e, String title, String body, MessageCategory category,
            MessageSeverity severity) {
        if (e.partnerId() == null || e.partnerId().isBlank()) {
            throw MessageProblems.missingEventField("partnerId", e.type());
        }
        return new Notification(AudienceType.PARTNER_IDS, e.partnerId(), title, body, category, severity, null,
                Subject.of(e));
    }
}
