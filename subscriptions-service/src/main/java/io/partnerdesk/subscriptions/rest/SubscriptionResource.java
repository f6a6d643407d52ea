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
import jakarta.ws.rs.PATCH;
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
import io.partnerdesk.http.idempotency.Created;
import io.partnerdesk.http.idempotency.Idempotency;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.subscriptions.ChangeRequest;
import io.partnerdesk.subscriptions.Subscription;
import io.partnerdesk.subscriptions.SubscriptionStatus;
import io.partnerdesk.subscriptions.service.ChangeRequestService;
import io.partnerdesk.subscriptions.service.SubscriptionService;

/**
 * Subscriptions of one customer. Customers are let through the role check of writes on purpose: they are readers
 * of these records and must hear why they cannot write (403 naming change requests), not a bare role refusal.
 */
@Path("/api/v1/customers/{customerId}/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "A customer's subscriptions: its partner writes, the customer reads.")
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ChangeRequestService changeRequests;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Operation(operationId = "createSubscription", summary = "Subscribe the customer to an offer (owning partner)",
            description = "Only the owning partner subscribes a customer; the offer's quantity bounds and billing cycles apply (422). A customer gets 403 naming the change-request route instead. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Created; Location names the subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "403",
            description = "The caller is the customer: only its partner changes subscriptions; supportContact names whom to ask",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ReadOnlyProblem.class)))
    @APIResponse(responseCode = "404", description = "No such customer, or not the caller's")
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422",
            description = "Unknown offer, billing cycle not offered, quantity outside the offer's bounds, or Idempotency-Key reused with another request")
    public Response create(@PathParam("customerId") UUID customerId,
            @HeaderParam(Idempotency.HEADER) @Parameter(
                    description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewSubscription body) {
        return idempotency.create(idempotencyKey, body, () -> {
            Subscription subscription = subscriptions.create(customerId, body);
            return new Created(ApiPaths.subscription(customerId, subscription.id), ETags.of(subscription.version),
                    SubscriptionView.from(subscription));
        });
    }

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Operation(operationId = "listSubscriptions", summary = "List the customer's subscriptions",
            description = "The subscriptions of one customer, optionally of one status; for its partner and for the customer itself. Pages of up to 200, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    @APIResponse(responseCode = "404", description = "No such customer, or not one the caller may see")
    public Page<SubscriptionView> list(@PathParam("customerId") UUID customerId,
            @QueryParam("status") @Parameter(description = "Subscriptions in this status") SubscriptionStatus status,
            @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(subscriptions.list(customerId, status, page), page, SubscriptionView::cursor,
                SubscriptionView::from);
    }

    @GET
    @Path("/{subscriptionId}")
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Operation(operationId = "getSubscription", summary = "Read one subscription",
            description = "The subscription with its ETag, for its partner and for the customer itself.")
    @APIResponse(responseCode = "200", description = "The subscription, with its ETag",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404",
            description = "No such subscription of this customer, or not one the caller may see")
    public Response get(@PathParam("customerId") UUID customerId, @PathParam("subscriptionId") UUID subscriptionId) {
        Subscription subscription = subscriptions.get(customerId, subscriptionId);
        return ETagResponses.ok(WithETag.of(SubscriptionView.from(subscription), subscription.version));
    }

    @PATCH
    @Path("/{subscriptionId}")
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Consumes({ MediaType.APPLICATION_JSON, ApiPaths.MERGE_PATCH_JSON })
    @Operation(operationId = "updateSubscription",
            summary = "Change quantity, auto-renew, name or status (owning partner)",
            description = "A merge patch of quantity, autoRenewEnabled, friendlyName or status (active, suspended, cancelled within the cancellation window). Needs the subscription's ETag in If-Match; each changed field lands in the history.")
    @APIResponse(responseCode = "200", description = "The changed subscription, with its new ETag",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "403",
            description = "The caller is the customer: only its partner changes subscriptions; it may file a change request, and supportContact names whom to ask",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ReadOnlyProblem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of this customer, or not the caller's")
    @APIResponse(responseCode = "409",
            description = "Not allowed in the current status: cancelled is final, a suspended subscription's quantity is fixed, the cancellation window has closed, or the status change is not allowed")
    @APIResponse(responseCode = "422", description = "Quantity outside the offer's bounds")
    public Response update(@PathParam("customerId") UUID customerId, @PathParam("subscriptionId") UUID subscriptionId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the subscription",
                    required = true) String ifMatch,
            @Valid @NotNull SubscriptionPatch body) {
        Subscription subscription = subscriptions.change(customerId, subscriptionId, ifMatch, body.changes());
        return ETagResponses.ok(WithETag.of(SubscriptionView.from(subscription), subscription.version));
    }

    @GET
    @Path("/{subscriptionId}/history")
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Operation(operationId = "listSubscriptionHistory", summary = "Every change of the subscription, oldest first",
            description = "One entry per changed field, with the old and new value, who changed it and, for an approved change request, which one. Pages of up to 200.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "404",
            description = "No such subscription of this customer, or not one the caller may see")
    public Page<HistoryEntryView> history(@PathParam("customerId") UUID customerId,
            @PathParam("subscriptionId") UUID subscriptionId,
            @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(subscriptions.history(customerId, subscriptionId, page), page, HistoryEntryView::cursor,
                HistoryEntryView::from);
    }

    @POST
    @Path("/{subscriptionId}/change-requests")
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Operation(operationId = "createChangeRequest",
            summary = "Ask the partner for a change of the subscription (customer)",
            description = "A customer cannot change its subscriptions: it asks its partner for a new quantity, auto-renewal or a cancellation, with a reason. One request may be pending per subscription (409). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the change request",
            content = @Content(schema = @Schema(implementation = ChangeRequestView.class)))
    @APIResponse(responseCode = "403",
            description = "The caller is the partner: partners change subscriptions directly")
    @APIResponse(responseCode = "404", description = "No such subscription of this customer, or not the caller's")
    @APIResponse(responseCode = "409",
            description = "The subscription is cancelled, its cancellation window has closed, a change request is already pending, or a request with the same Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422",
            description = "Quantity outside the offer's bounds, or Idempotency-Key reused with another request")
    public Response requestChange(@PathParam("customerId") UUID customerId,
            @PathParam("subscriptionId") UUID subscriptionId,
            @HeaderParam(Idempotency.HEADER) @Parameter(
                    description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewChangeRequest body) {
        return idempotency.create(idempotencyKey, body, () -> {
            ChangeRequest changeRequest = changeRequests.file(customerId, subscriptionId, body);
            return new Created(ApiPaths.changeRequest(changeRequest.id), ETags.of(changeRequest.version),
                    ChangeRequestView.from(changeRequest));
        });
    }
}
