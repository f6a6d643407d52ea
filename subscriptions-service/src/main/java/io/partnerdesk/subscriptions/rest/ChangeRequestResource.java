package io.partnerdesk.subscriptions.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.partnerdesk.http.concurrency.ETagResponses;
import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.concurrency.WithETag;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.subscriptions.ChangeRequest;
import io.partnerdesk.subscriptions.ChangeRequestStatus;
import io.partnerdesk.subscriptions.service.ChangeRequestService;

@Path("/api/v1/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
@Tag(name = "Change requests",
        description = "Customers ask, partners decide: the customer never writes a subscription.")
public class ChangeRequestResource {

    @Inject
    ChangeRequestService changeRequests;

    @GET
    @Operation(operationId = "listChangeRequests",
            summary = "List change requests: a partner's customers', or the customer's own",
            description = "A partner sees the change requests about its own customers' subscriptions, a customer its own. Filter by status and subscription; pages of up to 200, oldest first, continued with nextCursor.")
    @APIResponse(responseCode = "200", description = "A page of change requests")
    public Page<ChangeRequestView> list(
            @QueryParam("status") @Parameter(description = "Change requests in this status") ChangeRequestStatus status,
            @QueryParam("subscriptionId") @Parameter(
                    description = "Only those about this subscription") UUID subscriptionId,
            @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(changeRequests.list(status, subscriptionId, page), page, ChangeRequestView::cursor,
                ChangeRequestView::from);
    }

    @GET
    @Path("/{changeRequestId}")
    @Operation(operationId = "getChangeRequest", summary = "Read one change request",
            description = "The request with its status and, once decided, who decided and why. The ETag is what approve, reject and withdraw take in If-Match.")
    @APIResponse(responseCode = "200", description = "The change request, with its ETag",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such change request, or not one the caller may see")
    public Response get(@PathParam("changeRequestId") UUID changeRequestId) {
        return tagged(changeRequests.get(changeRequestId));
    }

    @POST
    @Path("/{changeRequestId}/approve")
    @Operation(operationId = "approveChangeRequest", summary = "Approve and apply the change (owning partner)",
            description = "Applies the requested quantity, auto-renewal or cancellation to the subscription under the same rules as a partner's own change, and records the request in the subscription's history. A change that now breaks a rule answers 409 or 422 and leaves the request pending. Needs the request's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Approved; the subscription has changed",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "403", description = "The caller is the customer: only the partner decides")
    @APIResponse(responseCode = "404", description = "No such change request, or not the caller's")
    @APIResponse(responseCode = "409",
            description = "Already decided, or the change breaks a subscription rule now (the request stays pending)")
    @APIResponse(responseCode = "422",
            description = "The quantity is outside the offer's bounds now (the request stays pending)")
    public Response approve(@PathParam("changeRequestId") UUID changeRequestId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the change request",
                    required = true) String ifMatch,
            @Valid DecisionNote body) {
        return tagged(changeRequests.approve(changeRequestId, ifMatch, body == null ? null : body.reason()));
    }

    @POST
    @Path("/{changeRequestId}/reject")
    @Operation(operationId = "rejectChangeRequest", summary = "Reject the change with a reason (owning partner)",
            description = "Closes the request without changing the subscription; the reason is shown to the customer. Needs the request's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "403", description = "The caller is the customer: only the partner decides")
    @APIResponse(responseCode = "404", description = "No such change request, or not the caller's")
    @APIResponse(responseCode = "409", description = "Already decided")
    public Response reject(@PathParam("changeRequestId") UUID changeRequestId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the change request",
                    required = true) String ifMatch,
            @Valid @NotNull DecisionReason body) {
        return tagged(changeRequests.reject(changeRequestId, ifMatch, body.reason()));
    }

    @POST
    @Path("/{changeRequestId}/withdraw")
    @Operation(operationId = "withdrawChangeRequest",
            summary = "Withdraw a pending change request (the customer who filed it)",
            description = "The customer who filed a pending request takes it back; the subscription is not touched. Needs the request's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "403", description = "The caller is the partner: partners approve or reject")
    @APIResponse(responseCode = "404", description = "No such change request, or not the caller's")
    @APIResponse(responseCode = "409", description = "Already decided")
    public Response withdraw(@PathParam("changeRequestId") UUID changeRequestId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the change request",
                    required = true) String ifMatch) {
        return tagged(changeRequests.withdraw(changeRequestId, ifMatch));
    }

    private static Response tagged(ChangeRequest changeRequest) {
        return ETagResponses.ok(WithETag.of(ChangeRequestView.from(changeRequest), changeRequest.version));
    }
}
