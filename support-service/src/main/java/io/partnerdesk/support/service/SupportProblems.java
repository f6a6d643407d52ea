package io.partnerdesk.support.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.partnerdesk.http.problem.ProblemException;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.problem.Problem;
import io.partnerdesk.problem.Violation;
import io.partnerdesk.support.ReportStatus;
import io.partnerdesk.support.RequestStatus;
import io.partnerdesk.support.Severity;

/** The problem types of support-service, so that every error of one kind reads the same. */
public final class SupportProblems {

    private SupportProblems() {
    }

    public static ProblemException customerCannotWrite() {
        return Problems.of(403, "support-request-read-only", "Support requests are read-only for customers",
                "Your partner files and manages support requests on your behalf. Contact your partner to add "
                        + "information or to change a request.");
    }

    public static ProblemException partnerCannotSet(String field) {
        return Problems.of(403, "engineer-only-field", "Only 21Vianet engineers change this",
                field + " is set by the 21Vianet engineer working the request.");
    }

    public static ProblemException engineerCannotSet(String field) {
        return Problems.of(403, "partner-only-field", "Only the partner changes this",
                field + " is the partner's account of the problem; engineers answer with a note.");
    }

    public static ProblemException internalNotesForEngineers() {
        return Problems.of(403, "internal-note-engineers-only", "Internal notes are for engineers",
                "Only 21Vianet engineers write internal notes; post a shared note instead.");
    }

    public static ProblemException invalidTransition(RequestStatus from, RequestStatus to, Set<RequestStatus> allowed) {
        String next = allowed.isEmpty() ? "none for you"
                : allowed.stream().map(RequestStatus::jsonName).sorted().collect(Collectors.joining(", "));
        return Problems.conflict("invalid-status-transition", "Status change not allowed",
                "The request is " + from.jsonName() + " and cannot move to " + to.jsonName()
                        + ". Allowed next statuses: " + next + ".");
    }

    public static ProblemException reopenWindowClosed(Instant until) {
        return Problems.conflict("reopen-window-closed", "Reopen window closed",
                "A resolved request can be reopened until " + until + ". File a new request that refers to this one.");
    }

    public static ProblemException notEditable(RequestStatus status) {
        return Problems.conflict("support-request-not-editable", "Request no longer editable",
                "Title, description and contact can be edited only while the request is open; it is "
                        + status.jsonName() + ". Add a note instead.");
    }

    public static ProblemException closed() {
        return Problems.conflict("support-request-closed", "Request closed",
                "The request is closed. File a new request that refers to this one.");
    }

    public static ProblemException severityNotLowered(Severity current, Severity asked) {
        return Problems.unprocessable("severity-not-lowered", "Severity can only be lowered",
                List.of(new Violation("severity",
                        "must be lower than the current " + current + " (was " + asked + ")")));
    }

    public static ProblemException customerNotFound(UUID customerId) {
        return new ProblemException(new Problem(Problem.TYPE_BASE + "not-found", "Not found", 404,
                "Customer " + customerId + " does not exist or is not one of yours.", null, null,
                List.of(new Violation("customerId", "is not a customer of yours"))));
    }

    public static ProblemException unknownTopic(UUID topicId) {
        return Problems.unprocessable("unknown-topic", "Unknown support topic",
                List.of(new Violation("topicId", "no active topic " + topicId + "; see GET /api/v1/support-topics")));
    }

    public static ProblemException subscriptionsUnavailable() {
        return Problems.dependencyUnavailable("Customer directory unavailable",
                "The customer could not be checked because subscriptions-service did not answer in time. "
                        + "Nothing was created; retry in a few seconds.");
    }

    public static ProblemException serviceHealthUnavailable() {
        return Problems.dependencyUnavailable("Service health unavailable",
                "The health issue could not be checked because messagecenter-service did not answer in time. "
                        + "Nothing was linked; retry in a few seconds.");
    }

    public static ProblemException unknownHealthIssue(UUID healthIssueId) {
        return Problems.unprocessable("unknown-health-issue", "Unknown health issue", List.of(new Violation(
                "healthIssueId", "no health issue " + healthIssueId + " in the Message Center's service health")));
    }

    public static ProblemException tooManyHealthIssueLinks(int max) {
        return Problems.conflict("too-many-health-issue-links", "Too many linked health issues",
                "A support request links at most " + max + " health issues; unlink one first.");
    }

    public static ProblemException healthIssueNotLinked(UUID requestId, UUID healthIssueId) {
        return Problems.notFound("Link of support request " + requestId + " to health issue", healthIssueId);
    }

    public static ProblemException unknownEventType(String type) {
        return Problems.unprocessable("unknown-event-type", "Unknown event type",
                List.of(new Violation("type", "is not an event type support-service handles: " + type)));
    }

    public static ProblemException wrongEventSubject(String expectedKind) {
        return Problems.unprocessable("incomplete-event", "Event about something else",
                List.of(new Violation("subject.kind", "must be " + expectedKind + " for service-health events")));
    }

    public static ProblemException incompleteEvent(String field, String type) {
        return Problems.unprocessable("incomplete-event", "Event lacks a field its type needs",
                List.of(new Violation(field, "is required for events of type " + type)));
    }

    public static ProblemException topicNameTaken(String name) {
        return Problems.conflict("topic-name-taken", "Topic name taken", "A support topic named " + name + " exists.");
    }

    public static ProblemException noPartnerForTenant(UUID tenantId) {
        return Problems.of(404, "not-found", "Not found", "Your organisation (tenant " + tenantId
                + ") is not registered as a customer of a partner here, so there is no one to report a problem to.");
    }

    public static ProblemException unknownSubscription(UUID subscriptionId) {
        return Problems.unprocessable("unknown-subscription", "Unknown subscription", List.of(new Violation(
                "subscriptionId", "no subscription " + subscriptionId + " of yours; leave it out if unsure")));
    }

    public static ProblemException customerOnly(String what) {
        return Problems.of(403, "customer-only", "Only the customer does this",
                what + " is the customer's; the partner answers with a note, resolves or escalates.");
    }

    public static ProblemException partnerOnly(String what) {
        return Problems.of(403, "partner-only", "Only the partner does this",
                what + " is for the customer's partner; add a shared note to tell your partner more.");
    }

    public static ProblemException internalNotesForPartners() {
        return Problems.of(403, "internal-note-partners-only", "Internal notes are for the partner",
                "Only your partner writes internal notes on a problem report; post a shared note instead.");
    }

    public static ProblemException invalidReportTransition(ReportStatus from, ReportStatus to,
            Set<ReportStatus> allowed) {
        String next = allowed.isEmpty() ? "none for you"
                : allowed.stream().map(ReportStatus::jsonName).sorted().collect(Collectors.joining(", "));
        return Problems.conflict("invalid-status-transition", "Status change not allowed",
                "The problem report is " + from.jsonName() + " and cannot move to " + to.jsonName()
                        + ". Allowed next statuses: " + next + ".");
    }

    public static ProblemException statusNeedsAction(ReportStatus to) {
        String action = to == ReportStatus.RESOLVED ? "POST …/resolve with a resolution"
                : "POST …/escalate with a topic, a severity and the triage";
        return Problems.invalid("status", "cannot be set to " + to.jsonName() + " here; use " + action);
    }

    public static ProblemException reportReopenWindowClosed(Instant until) {
        return Problems.conflict("reopen-window-closed", "Reopen window closed",
                "A resolved problem report can be reopened until " + until + ". Report the problem again.");
    }

    public static ProblemException reportNotEditable(ReportStatus status) {
        return Problems.conflict("problem-report-not-editable", "Report no longer editable",
                "Title, description, service, impact and contact can be edited only while the report is new; it is "
                        + status.jsonName() + ". Add a note instead.");
    }

    public static ProblemException reportClosed() {
        return Problems.conflict("problem-report-closed", "Report closed",
                "The problem report is closed. Report the problem again if it came back.");
    }

    public static ProblemException alreadyEscalated(String supportRequestNumber) {
        return Problems.conflict("problem-report-already-escalated", "Already escalated",
                "This problem report was escalated as support request " + supportRequestNumber
                        + ". Add a note there, or reopen that request.");
    }
}
