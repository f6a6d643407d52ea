package io.partnerdesk.support.rest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.partnerdesk.http.concurrency.ETagResponses;
import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.concurrency.WithETag;
import io.partnerdesk.http.idempotency.AlreadyExists;
import io.partnerdesk.http.idempotency.Created;
import io.partnerdesk.http.idempotency.Idempotency;
import io.partnerdesk.http.openapi.ApiConventionsFilter;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.support.HealthIssueLink;
import io.partnerdesk.support.RequestNote;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.client.CustomerRecord;
import io.partnerdesk.support.client.HealthIssueRecord;
import io.partnerdesk.support.repository.SupportRequestSearch.Filters;
import io.partnerdesk.support.service.CustomerOwnership;
import io.partnerdesk.support.service.HealthIssueLinks;
import io.partnerdesk.support.service.SupportProblems;
import io.partnerdesk.support.service.SupportRequestService;

/**
 * Support requests. Customers pass the role check of writes on purpose: they read these requests and must hear
 * that their partner manages them (403), not a bare role refusal.
 */
@Path("/api/v1/support-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER, Roles.SUPPORT_ENGINEER })
@Tag(name = "Support requests", description = "Problems a partner escalates to 21Vianet on behalf of its customer.")
public class SupportRequestResource {

    @Inject
    SupportRequestService requests;

    @Inject
    CustomerOwnership ownership;

    @Inject
    HealthIssueLinks healthIssues;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Operation(operationId = "createSupportRequest", summary = "Escalate a customer's problem to 21Vianet (partner)",
            description = "The partner files for a customer it owns (checked with subscriptions-service using the caller's own token), on an active topic, with the steps it already took. The first-response target follows the severity (A 2 h, B 4 h, C 8 h in support hours). The answer lists the open health issues of the topic's service (asked of the Message Center with the caller's token; if it cannot answer, the request is filed all the same and relatedHealthIssues says unavailable): link the request to one that explains it. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201",
            description = "Filed; Location names the request. relatedHealthIssues lists the open health issues of the topic's service (or says they were unavailable)",
            content = @Content(schema = @Schema(implementation = SupportRequestView.class)))
    @APIResponse(responseCode = "403", description = "A customer: its partner files support requests on its behalf")
    @APIResponse(responseCode = "404", description = "customerId is not a customer of the caller")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422",
            description = "Unknown or inactive topic, or Idempotency-Key reused with another request")
    @APIResponse(responseCode = "503",
            description = "The customer could not be checked: subscriptions-service is unavailable; nothing was created, retry later")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(
            description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewSupportRequest body) {
        if (!caller.isPartner()) {
            throw SupportProblems.customerCannotWrite();
        }
        // Checked before the transaction opens: no connection or lock is held while subscriptions-service answers.
        CustomerRecord customer = ownership.requireOwnedByCaller(body.customerId());
        // Asked before the transaction too; a Message Center that cannot answer only makes the field unavailable.
        RelatedHealthIssuesView related = RelatedHealthIssuesView
                .from(healthIssues.openIssuesOf(healthIssues.healthServiceOfTopic(body.topicId())));
        return idempotency.create(idempotencyKey, body, () -> {
            SupportRequest r = requests.create(customer, body);
            return new Created(location(r.id), ETags.of(r.version), view(r).withRelatedHealthIssues(related));
        });
    }

    @GET
    @Operation(operationId = "listSupportRequests",
            summary = "List support requests: a partner's own, a customer's, or all for engineers",
            description = "A partner sees the requests it filed, a customer those about it, 21Vianet engineers all. Filter by status, severity, customer, assignee, breached or due before a time; pages of up to 200, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of support requests")
    public Page<SupportRequestView> list(@BeanParam SupportRequestQuery query, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Filters filters = query.filters();
        Instant now = Instant.now(clock);
        return Page.of(requests.list(filters, page), page, SupportRequestView::cursor,
                r -> SupportRequestView.from(r, now));
    }

    @GET
    @Path("/{requestId}")
    @Operation(operationId = "getSupportRequest", summary = "Read one support request",
            description = "The request with its SLA clock (first response due, breached) and its ETag, for its partner, the customer it is about and engineers.")
    @APIResponse(responseCode = "200", description = "The request, with its ETag",
            content = @Content(schema = @Schema(implementation = SupportRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    public Response get(@PathParam("requestId") UUID requestId) {
        SupportRequest r = requests.get(requestId);
        return ETagResponses.ok(WithETag.of(view(r), r.version));
    }

    @PATCH
    @Path("/{requestId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateSupportRequest", summary = "Edit, assign, move or lower the severity of a request",
            description = "The partner edits title, description and contact while the request is open and moves it between the statuses its role allows; engineers assign, move and lower the severity with a reason. Needs the request's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The changed request, with its new ETag",
            content = @Content(schema = @Schema(implementation = SupportRequestView.class)))
    @APIResponse(responseCode = "403",
            description = "A customer (its partner manages requests), or a field the caller's role does not set")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    @APIResponse(responseCode = "409",
            description = "Status change not allowed from the current status (the problem names the allowed ones), reopen window closed, not editable any more, or closed")
    @APIResponse(responseCode = "422", description = "Severity can only be lowered")
    public Response update(@PathParam("requestId") UUID requestId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the request",
                    required = true) String ifMatch,
            @Valid @NotNull SupportRequestPatch body) {
        SupportRequest r = requests.change(requestId, ifMatch, body);
        return ETagResponses.ok(WithETag.of(view(r), r.version));
    }

    @Extension(name = ApiConventionsFilter.UNVERSIONED, value = "true")
    @POST
    @Path("/{requestId}/notes")
    @Operation(operationId = "createSupportRequestNote",
            summary = "Reply on a request: shared, or internal (engineers)",
            description = "A shared note from the partner sends a request awaiting the partner back to the engineer; an engineer's first shared note is the first response. Only engineers write internal notes. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "403",
            description = "A customer (its partner manages requests), or an internal note by a partner")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    @APIResponse(responseCode = "409",
            description = "The request is closed, or a request with the same Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another request")
    public Response addNote(@PathParam("requestId") UUID requestId,
            @HeaderParam(Idempotency.HEADER) @Parameter(
                    description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewNote body) {
        return idempotency.create(idempotencyKey, body, () -> {
            RequestNote note = requests.addNote(requestId, body);
            return Created.withoutETag(URI.create(location(requestId) + "/notes/" + note.id), NoteView.from(note));
        });
    }

    @GET
    @Path("/{requestId}/notes")
    @Operation(operationId = "listSupportRequestNotes",
            summary = "The notes of a request, oldest first (internal ones for engineers only)",
            description = "Partners and customers see shared notes; engineers see internal ones too. Pages of up to 200, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of notes")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    public Page<NoteView> notes(@PathParam("requestId") UUID requestId,
            @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(requests.notes(requestId, page), page, NoteView::cursor, NoteView::from);
    }

    @GET
    @Path("/{requestId}/timeline")
    @Operation(operationId = "listSupportRequestTimeline", summary = "Every change of a request, oldest first",
            description = "Every change of the request (filing, edits, moves, severity, notes) with who made it; entries about internal notes are for engineers only. Pages of up to 200.")
    @APIResponse(responseCode = "200", description = "A page of timeline entries")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    public Page<TimelineEntryView> timeline(@PathParam("requestId") UUID requestId,
            @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(requests.timeline(requestId, page), page, TimelineEntryView::cursor, TimelineEntryView::from);
    }

    @Extension(name = ApiConventionsFilter.UNVERSIONED, value = "true")
    @POST
    @Path("/{requestId}/health-issues")
    @Operation(operationId = "linkSupportRequestHealthIssue",
            summary = "Link a request to the Message Center health issue that explains it",
            description = "The request's partner or an engineer links it to a health issue (checked with the Message Center using the caller's token). When the issue is resolved, the resolution is noted on the request (a shared note) and its partner is notified. Linking again answers the existing link (200); a request links at most 20 issues. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Linked; Location names the link",
            content = @Content(schema = @Schema(implementation = HealthIssueLinkView.class)))
    @APIResponse(responseCode = "200", description = "Already linked: the existing link, unchanged",
            content = @Content(schema = @Schema(implementation = HealthIssueLinkView.class)))
    @APIResponse(responseCode = "403", description = "A customer (its partner manages requests)")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    @APIResponse(responseCode = "409",
            description = "The request is closed, already links 20 health issues, or a request with the same Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422",
            description = "No such health issue in the Message Center, or Idempotency-Key reused with another request")
    @APIResponse(responseCode = "503",
            description = "The health issue could not be checked: messagecenter-service is unavailable; nothing was linked, retry later")
    public Response linkHealthIssue(@PathParam("requestId") UUID requestId,
            @HeaderParam(Idempotency.HEADER) @Parameter(
                    description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull LinkHealthIssue body) {
        // Before asking the Message Center: whoever may not see the request gets its 404, a customer the 403.
        requests.get(requestId);
        if (caller.isCustomer()) {
            throw SupportProblems.customerCannotWrite();
        }
        // Read before the transaction opens: no connection or lock is held while messagecenter-service answers.
        HealthIssueRecord issue = healthIssues.requireIssue(body.healthIssueId());
        return AlreadyExists.orExisting(() -> idempotency.create(idempotencyKey, body, () -> {
            HealthIssueLink link = healthIssues.link(requestId, issue);
            return Created.withoutETag(URI.create(location(requestId) + "/health-issues/" + issue.id()),
                    HealthIssueLinkView.from(link));
        }));
    }

    @DELETE
    @Path("/{requestId}/health-issues/{healthIssueId}")
    @Operation(operationId = "unlinkSupportRequestHealthIssue", summary = "Unlink a request from a health issue",
            description = "The request's partner or an engineer removes a link made by mistake; the timeline keeps both.")
    @APIResponse(responseCode = "204", description = "Unlinked")
    @APIResponse(responseCode = "403", description = "A customer (its partner manages requests)")
    @APIResponse(responseCode = "404",
            description = "No such request, not one the caller may see, or not linked to that health issue")
    public Response unlinkHealthIssue(@PathParam("requestId") UUID requestId,
            @PathParam("healthIssueId") UUID healthIssueId) {
        healthIssues.unlink(requestId, healthIssueId);
        return Response.noContent().build();
    }

    @GET
    @Path("/{requestId}/health-issues")
    @Operation(operationId = "listSupportRequestHealthIssues", summary = "The health issues a request is linked to",
            description = "For the request's partner, the customer it is about and engineers; oldest link first, at most 20.")
    @APIResponse(responseCode = "200", description = "The request's links (one page: a request links at most 20)")
    @APIResponse(responseCode = "404", description = "No such request, or not one the caller may see")
    public Page<HealthIssueLinkView> healthIssues(@PathParam("requestId") UUID requestId) {
        return new Page<>(healthIssues.linksOf(requestId).stream().map(HealthIssueLinkView::from).toList(), null);
    }

    private SupportRequestView view(SupportRequest r) {
        return SupportRequestView.from(r, Instant.now(clock));
    }

    private static URI location(UUID id) {
        return URI.create("/api/v1/support-requests/" + id);
    }

}
