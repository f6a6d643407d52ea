package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.support.ProblemReport;
import io.partnerdesk.support.ReportImpact;
import io.partnerdesk.support.ReportStatus;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.service.PartnerResponseClock;

@Schema(name = "ProblemReport",
        description = "A customer's problem, told to its partner, with the partner's response clock and its escalation to 21Vianet, if any.")
public record ProblemReportView(
        UUID id,
        @Schema(example = "PR-001042") String number,
        UUID customerId,
        @Schema(example = "Tailspin Toys") String customerName,
        @Schema(example = "contoso") String partnerId,
        String title,
        String description,
        @Schema(nullable = true, example = "Exchange Online") String serviceName,
        @Schema(nullable = true) UUID subscriptionId,
        ReportImpact impact,
        Contact contact,
        @Schema(nullable = true) Instant occurredAt,
        ReportStatus status,
        @Schema(nullable = true, description = "The partner's account of the fix, once resolved") String resolution,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true,
                description = "When the partner's first response is due: its published response target counted in its support hours; null when the partner publishes no support profile") Instant partnerResponseDueAt,
        @Schema(nullable = true,
                description = "The partner's first response: a shared note, taking the report, resolving or escalating it") Instant partnerRespondedAt,
        @Schema(description = "True when the partner's first response is overdue, or came after it was due") boolean partnerResponseBreached,
        @Schema(nullable = true) Instant resolvedAt,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true,
                description = "The support request at 21Vianet, once escalated") EscalationView escalation,
        @Schema(nullable = true,
                description = "Only in the answer that files the report: the open health issues of serviceName, when it names a service of the Message Center's service health; null elsewhere") RelatedHealthIssuesView relatedHealthIssues) {

    /** {@code escalation} is the linked support request, or null when the report was not escalated. */
    public static ProblemReportView from(ProblemReport p, SupportRequest escalation, Instant now) {
        return new ProblemReportView(p.id, p.displayNumber(), p.customerId, p.customerName, p.partnerId, p.title,
                p.description, p.serviceName, p.subscriptionId, p.impact,
                new Contact(p.contactName, p.contactEmail, p.contactPhone), p.occurredAt, p.status, p.resolution,
                p.createdAt, p.updatedAt, p.partnerResponseDueAt, p.partnerRespondedAt,
                PartnerResponseClock.breached(p.partnerResponseDueAt, p.partnerRespondedAt, now), p.resolvedAt,
                p.closedAt, escalation == null ? null : EscalationView.from(escalation, now), null);
    }

    /** The answer that files the report: with what the Message Center said about its service at that moment. */
    public ProblemReportView withRelatedHealthIssues(RelatedHealthIssuesView related) {
        return new ProblemReportView(id, number, customerId, customerName, partnerId, title, description, serviceName,
                subscriptionId, impact, contact, occurredAt, status, resolution, createdAt, updatedAt,
                partnerResponseDueAt, partnerRespondedAt, partnerResponseBreached, resolvedAt, closedAt, escalation,
                related);
    }

    public static Cursor cursor(ProblemReport p) {
        return new Cursor(p.createdAt, p.id);
    }
}
