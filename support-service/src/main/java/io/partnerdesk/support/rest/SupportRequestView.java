package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.support.RequestStatus;
import io.partnerdesk.support.Severity;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.service.SlaClock;

@Schema(name = "SupportRequest", description = "A support request and its first-response SLA clock.")
public record SupportRequestView(
        UUID id,
        @Schema(example = "SR-001042") String number,
        UUID customerId,
        @Schema(example = "contoso") String partnerId,
        UUID topicId,
        String title,
        String description,
        Severity severity,
        RequestStatus status,
        Contact contact,
        Triage triage,
        @Schema(nullable = true, example = "vianet-engineer") String assignee,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "When the first response is due under 21Vianet's targets") Instant firstResponseDueAt,
        @Schema(nullable = true,
                description = "The engineer's first shared note or move to in_progress") Instant firstRespondedAt,
        @Schema(description = "True when the first response is overdue, or came after it was due") boolean slaBreached,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true,
                description = "The customer's problem report this request escalates, if it came from one") UUID problemReportId,
        @Schema(nullable = true,
                description = "Only in the answer that files the request: the open health issues of its topic's service; null elsewhere") RelatedHealthIssuesView relatedHealthIssues) {

    public static SupportRequestView from(SupportRequest r, Instant now) {
        return new SupportRequestView(r.id, r.displayNumber(), r.customerId, r.partnerId, r.topicId, r.title,
                r.description, r.severity, r.status, new Contact(r.contactName, r.contactEmail, r.contactPhone),
                new Triage(r.stepsTaken, r.customerImpact), r.assignee, r.createdAt, r.updatedAt, r.firstResponseDueAt,
                r.firstRespondedAt, SlaClock.breached(r.firstResponseDueAt, r.firstRespondedAt, now), r.resolvedAt,
                r.closedAt, r.problemReportId, null);
    }

    /** The answer that files the request: with what the Message Center said about its service at that moment. */
    public SupportRequestView withRelatedHealthIssues(RelatedHealthIssuesView related) {
        return new SupportRequestView(id, number, customerId, partnerId, topicId, title, description, severity, status,
                contact, triage, assignee, createdAt, updatedAt, firstResponseDueAt, firstRespondedAt, slaBreached,
                resolvedAt, closedAt, problemReportId, related);
    }

    public static Cursor cursor(SupportRequest r) {
        return new Cursor(r.createdAt, r.id);
    }
}
