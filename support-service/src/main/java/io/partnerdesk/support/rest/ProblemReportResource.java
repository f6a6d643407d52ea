package io.partnerdesk.support.rest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.partnerdesk.http.concurrency.ETagResponses;
import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.concurrency.WithETag;
import io.partnerdesk.http.idempotency.Created;
import io.partnerdesk.http.idempotency.Idempotency;
import io.partnerdesk.http.openapi.ApiConventionsFilter;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.support.ProblemReport;
import io.partnerdesk.support.ReportNote;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.client.CustomerRecord;
import io.partnerdesk.support.client.SupportContactRecord;
import io.partnerdesk.support.service.CustomerOwnership;
import io.partnerdesk.support.service.HealthIssueLinks;
import io.partnerdesk.support.service.ProblemReportService;
import io.partnerdesk.support.service.SupportProblems;

/**
 * Problem reports: the customer tells its partner about a problem; the partner works it, resolves it or escalates it
 * to 21Vianet. Both sides pass the role check of the partner's actions on purpose, so that a customer hears that the
 * step is its partner's (403) rather than a bare role refusal; operators only read.
 */
@Path("/api/v1/problem-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
@Tag(name = "Problem reports",
        description = "Problems a customer reports to its partner, which resolves them or escalates them to 21Vianet.")
public class ProblemReportResource {

    @Inject
    ProblemReportService reports;

    @Inject
    CustomerOwnership ownership;

    @Inject
    HealthIssueLinks healthIssues;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @Operation(operationId = "createProblemReport", summary = "Report a problem to your partner (customer)",
            description = "The customer reports a problem to its own partner, as subscriptions-service names it (read with the caller's token). The report's partnerResponseDueAt is the partner's published response target counted in its support hours. When serviceName names a service of the Message Center's service health, the answer lists its open health issues (relatedHealthIssues; unavailable if the Message Center could not be asked). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Reported; Location names the report",
            content = @Content(schema = @Schema(implementation = ProblemReportView.class)))
    @APIResponse(responseCode = "403", description = "A partner: customers report problems; partners answer them")
    @APIResponse(responseCode = "404", description = "The caller's organisation is not a customer of any partner")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422",
            description = "subscriptionId is not one of the customer's subscriptions, or Idempotency-Key reused with another request")
    @APIResponse(responseCode = "503",
            description = "The customer's partner could not be read: subscriptions-service is unavailable; nothing was created, retry later")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(
            description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewProblemReport body) {
        if (caller.isPartner()) {
            throw SupportProblems.customerOnly("Reporting a problem to a partner");
        }
        // Read before the transaction opens: no connection or lock is held while subscriptions-service answers.
        SupportContactRecord contact = ownership.requireCallerSupportContact();
        if (body.subscriptionId() != null) {
            ownership.requireSubscriptionOf(contact.customerId(), body.subscriptionId());
        }
        // The open health issues of the service named, if it is one the Message Center knows; never stops the report.
        RelatedHealthIssuesView related = RelatedHealthIssuesView.from(healthIssues.openIssuesOf(body.serviceName()));
        return idempotency.create(idempotencyKey, body, () -> {
            ProblemReport p = reports.create(contact, body);
            return new Created(location(p.id), ETags.of(p.version), view(p, null).withRelatedHealthIssues(related));
        });
    }

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER, Roles.OPERATOR })
    @Operation(operationId = "listProblemReports",
            summary = "List problem reports: a customer's own, a partner's customers', or all for operators",
            description = "Filter by status, customer or creation time; pages of up to 200, oldest first. Each report shows its escalation, if any, read live.")
    @APIResponse(responseCode = "200", description = "A page of problem reports")
    public Page<ProblemReportView> list(@BeanParam ProblemReportQuery query, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        List<ProblemReport> found = reports.list(query.filters(), page);
        Map<UUID, SupportRequest> escalations = reports.escalations(found);
        Instant now = Instant.now(clock);
        return Page.of(found, page, ProblemReportView::cursor,
                p -> ProblemReportView.from(p,
                        p.supportRequestId == null ? null : escalations.get(p.supportRequestId), now));
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER, Roles.OPERATOR })
    @Operation(operationId = "getProblemReport", summary = "Read one problem report",
            description = "The report with the partner's response clock, its escalation's status and 21Vianet's first-response clock, and its ETag.")
    @APIResponse(responseCode = "200", description = "The report, with its ETag",
            content = @Content(schema = @Schema(implementation = ProblemReportView.class)))
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may see")
    public Response get(@PathParam("reportId") UUID reportId) {
        ProblemReport p = reports.get(reportId);
        return withETag(p, reports.escalationOf(p));
    }

    @PATCH
    @Path("/{reportId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateProblemReport", summary = "Edit, take, withdraw, confirm or reopen a report",
            description = "The customer edits its account of the problem while the report is new, withdraws a new report (closed), confirms a resolved one (closed) or reopens it (inProgress, within 7 days of the resolution); the partner takes a new report (inProgress) and closes a resolved one. Needs the report's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The changed report, with its new ETag",
            content = @Content(schema = @Schema(implementation = ProblemReportView.class)))
    @APIResponse(responseCode = "400",
            description = "Nothing to change, or status resolved or escalated (use POST …/resolve or …/escalate)")
    @APIResponse(responseCode = "403", description = "A partner editing the customer's account of the problem")
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may see")
    @APIResponse(responseCode = "409",
            description = "Status change not allowed from the current status (the problem names the allowed ones), reopen window closed, no longer editable, or closed")
    public Response update(@PathParam("reportId") UUID reportId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the report",
                    required = true) String ifMatch,
            @Valid @NotNull ProblemReportPatch body) {
        ProblemReport p = reports.change(reportId, ifMatch, body);
        return withETag(p, reports.escalationOf(p));
    }

    @POST
    @Path("/{reportId}/resolve")
    @Operation(operationId = "resolveProblemReport", summary = "Resolve a report, saying how (partner)",
            description = "Moves a new, inProgress or escalated report to resolved with a resolution the customer reads; the customer then confirms (closes) or reopens it within 7 days. Needs the report's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The resolved report, with its new ETag",
            content = @Content(schema = @Schema(implementation = ProblemReportView.class)))
    @APIResponse(responseCode = "403", description = "A customer: its partner resolves reports")
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "Already resolved or closed")
    public Response resolve(@PathParam("reportId") UUID reportId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the report",
                    required = true) String ifMatch,
            @Valid @NotNull ResolveProblemReport body) {
        ProblemReport p = reports.resolve(reportId, ifMatch, body.resolution());
        return withETag(p, reports.escalationOf(p));
    }

    @POST
    @Path("/{reportId}/escalate")
    @Operation(operationId = "escalateProblemReport", summary = "Escalate a report to 21Vianet (partner)",
            description = "Files a support request exactly as POST /api/v1/support-requests does (the customer's ownership checked with subscriptions-service, an active topic, the triage), with the report's title and description, linked both ways (the request's problemReportId, the report's escalation); the report moves to escalated. A report is escalated at most once. Needs the report's ETag in If-Match.")
    @APIResponse(responseCode = "200",
            description = "The escalated report, with its new ETag; Location names the new support request",
            content = @Content(schema = @Schema(implementation = ProblemReportView.class)),
            headers = @Header(name = "Location", description = "The support request filed at 21Vianet",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "A customer: its partner escalates reports")
    @APIResponse(responseCode = "404",
            description = "No such report, or not one the caller may see, or the customer is no longer the caller's")
    @APIResponse(responseCode = "409",
            description = "Already escalated, or the report's status does not allow it (resolved, closed)")
    @APIResponse(responseCode = "422", description = "Unknown or inactive topic")
    @APIResponse(responseCode = "503",
            description = "The customer could not be checked: subscriptions-service is unavailable; nothing was created, retry later")
    public Response escalate(@PathParam("reportId") UUID reportId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the report",
                    required = true) String ifMatch,
            @Valid @NotNull EscalateProblemReport body) {
        ProblemReport current = reports.get(reportId);
        if (!caller.isOwningPartner(current)) {
            throw SupportProblems.partnerOnly("Escalating a problem report");
        }
        // The same ownership check as filing a support request, before the transaction opens.
        CustomerRecord customer = ownership.requireOwnedByCaller(current.customerId);
        ProblemReportService.Escalated escalated = reports.escalate(reportId, ifMatch, body, customer);
        return Response.fromResponse(withETag(escalated.report(), escalated.request()))
                .location(URI.create("/api/v1/support-requests/" + escalated.request().id)).build();
    }

    @Extension(name = ApiConventionsFilter.UNVERSIONED, value = "true")
    @POST
    @Path("/{reportId}/notes")
    @Operation(operationId = "createProblemReportNote",
            summary = "Add a note: shared with the other side, or internal (partner)",
            description = "The customer and its partner talk through shared notes; the partner's internal notes are never shown to the customer. The partner's first shared note is its first response. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = ReportNoteView.class)))
    @APIResponse(responseCode = "403", description = "An internal note by the customer")
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may see")
    @APIResponse(responseCode = "409",
            description = "The report is closed, or a request with the same Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another request")
    public Response addNote(@PathParam("reportId") UUID reportId,
            @HeaderParam(Idempotency.HEADER) @Parameter(
                    description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewNote body) {
        return idempotency.create(idempotencyKey, body, () -> {
            ReportNote note = reports.addNote(reportId, body);
            return Created.withoutETag(URI.create(location(reportId) + "/notes/" + note.id),
                    ReportNoteView.from(note));
        });
    }

    @GET
    @Path("/{reportId}/notes")
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER, Roles.OPERATOR })
    @Operation(operationId = "listProblemReportNotes",
            summary = "The notes of a report, oldest first (internal ones for the partner only)",
            description = "Shared notes between customer and partner, and 21Vianet's shared notes on the escalation; the partner and operators also see the partner's internal notes. Pages of up to 200, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of notes")
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may see")
    public Page<ReportNoteView> notes(@PathParam("reportId") UUID reportId, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(reports.notes(reportId, page), page, ReportNoteView::cursor, ReportNoteView::from);
    }

    @GET
    @Path("/{reportId}/timeline")
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER, Roles.OPERATOR })
    @Operation(operationId = "listProblemReportTimeline", summary = "Every change of a report, oldest first",
            description = "Reporting, edits, moves, resolution, escalation and notes, with who made them; entries about the partner's internal notes are not shown to the customer. Pages of up to 200.")
    @APIResponse(responseCode = "200", description = "A page of timeline entries")
    @APIResponse(responseCode = "404", description = "No such report, or not one the caller may see")
    public Page<ReportTimelineEntryView> timeline(@PathParam("reportId") UUID reportId,
            @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(reports.timeline(reportId, page), page, ReportTimelineEntryView::cursor,
                ReportTimelineEntryView::from);
    }

    private Response withETag(ProblemReport p, SupportRequest escalation) {
        return ETagResponses.ok(WithETag.of(view(p, escalation), p.version));
    }

    private ProblemReportView view(ProblemReport p, SupportRequest escalation) {
        return ProblemReportView.from(p, escalation, Instant.now(clock));
    }

    private static URI location(UUID id) {
        return URI.create("/api/v1/problem-reports/" + id);
    }
}
