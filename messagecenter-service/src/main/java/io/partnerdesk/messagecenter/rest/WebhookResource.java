package io.partnerdesk.messagecenter.rest;

import java.net.URI;
import java.time.Clock;
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
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.Webhook;
import io.partnerdesk.messagecenter.service.WebhookService;
import io.partnerdesk.messagecenter.webhook.WebhookFanOut;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
@Tag(name = "Webhooks", description = "Events pushed to your HTTPS endpoint, signed per the Standard Webhooks"
        + " specification, with a delivery log, redelivery and replay. A partner receives its customers' events, a"
        + " customer its own tenant's. See docs/webhooks.md for the event catalogue and how to verify signatures.")
public class WebhookResource {

    private static final String IF_MATCH_DESCRIPTION = "The ETag of your last read of the webhook";

    @Inject
    WebhookService webhooks;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @POST
    @Operation(operationId = "createWebhook", summary = "Register a webhook",
            description = "An https receiver on a public address (loopback, private, link-local and metadata addresses are refused), the event types it wants and, for a partner, optionally which customers. Answers with the signing secret, shown only here. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Registered: the webhook and its secret",
            content = @Content(schema = @Schema(implementation = WebhookView.Created.class)))
    @APIResponse(responseCode = "409", description = "The caller has as many webhooks as it may")
    @APIResponse(responseCode = "422", description = "The receiver's URL is refused (scheme, address), with the reason")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(
            description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewWebhook body) {
        return idempotency.create(idempotencyKey, body, () -> {
            WebhookService.Registered registered = webhooks.register(body);
            Webhook w = registered.webhook();
            return new Created(URI.create("/api/v1/webhooks/" + w.id), ETags.of(w.version),
                    new WebhookView.Created(view(w), registered.secret()));
        });
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The caller's webhooks, oldest first",
            description = "A partner's own webhooks, or a customer's own; never anyone else's.")
    @APIResponse(responseCode = "200", description = "A page of webhooks")
    public Page<WebhookView> list(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(webhooks.list(page), page, WebhookView::cursor, this::view);
    }

    @GET
    @Path("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "Read one of the caller's webhooks",
            description = "The webhook's URL, event types, customers and state (never its secret), with its ETag for PATCH and rotate-secret.")
    @APIResponse(responseCode = "200", description = "The webhook, with its ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public Response get(@PathParam("webhookId") UUID webhookId) {
        Webhook w = webhooks.get(webhookId);
        return ETagResponses.ok(WithETag.of(view(w), w.version));
    }

    @PATCH
    @Path("/{webhookId}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateWebhook", summary = "Change a webhook: URL, event types, customers, enabled",
            description = "A merge patch. enabled=false pauses deliveries (they wait); enabled=true resumes them and clears disabledReason. Needs the webhook's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The changed webhook, with its new ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    @APIResponse(responseCode = "422", description = "The new URL is refused, with the reason")
    public Response update(@PathParam("webhookId") UUID webhookId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = IF_MATCH_DESCRIPTION, required = true) String ifMatch,
            @Valid @NotNull WebhookPatch body) {
        Webhook w = webhooks.change(webhookId, ifMatch, body);
        return ETagResponses.ok(WithETag.of(view(w), w.version));
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its delivery log",
            description = "Deliveries not yet made are dropped. An If-Match, when sent, must match.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public Response delete(@PathParam("webhookId") UUID webhookId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = IF_MATCH_DESCRIPTION) String ifMatch) {
        webhooks.delete(webhookId, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{webhookId}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Make a new signing secret",
            description = "Deliveries are signed with the new secret and, for 24 hours, with the previous one too (two signatures in webhook-signature), so receivers can switch without losing one. Needs the webhook's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The new secret, shown only here; the webhook's new ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.Secret.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public Response rotateSecret(@PathParam("webhookId") UUID webhookId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = IF_MATCH_DESCRIPTION,
                    required = true) String ifMatch) {
        WebhookService.Registered rotated = webhooks.rotate(webhookId, ifMatch);
        Webhook w = rotated.webhook();
        return ETagResponses.ok(WithETag.of(new WebhookView.Secret(rotated.secret(), w.previousSecretExpiresAt),
                w.version));
    }

    @POST
    @Path("/{webhookId}/test")
    @Operation(operationId = "testWebhook", summary = "Send a webhook.test event now and answer with the delivery",
            description = "One signed attempt, made while the call waits (up to 10 s): the answer shows the receiver's status or why there was none. Not retried, and a failure never disables the webhook. One test at a time per webhook.")
    @APIResponse(responseCode = "200", description = "The test delivery and its attempt",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    @APIResponse(responseCode = "409", description = "A test delivery to this webhook is under way")
    public WebhookDeliveryView test(@PathParam("webhookId") UUID webhookId) {
        return WebhookDeliveryView.of(webhooks.test(webhookId));
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The webhook's delivery log, newest first",
            description = "Each delivery with its event, attempts (time, status or error, latency), state and next attempt. Kept 30 days.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    public Page<WebhookDeliveryView> deliveries(@PathParam("webhookId") UUID webhookId,
            @BeanParam WebhookDeliveryQuery query, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(webhooks.deliveries(webhookId, query.status(), query.eventTypeFilter(), page), page,
                WebhookDeliveryView::cursor, WebhookDeliveryView::of);
    }

    @GET
    @Path("/{webhookId}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery of the webhook, with every attempt",
            description = "The event it carries, its state, every attempt (time, status or error, latency) and, while pending, the next attempt.")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery of the caller's webhook")
    public WebhookDeliveryView delivery(@PathParam("webhookId") UUID webhookId,
            @PathParam("deliveryId") UUID deliveryId) {
        return WebhookDeliveryView.of(webhooks.delivery(webhookId, deliveryId));
    }

    @POST
    @Path("/{webhookId}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery's event again",
            description = "Queues the same event (same webhook-id, so receivers can tell it is one they may have seen) as a new delivery, behind anything queued for its subject.")
    @APIResponse(responseCode = "202", description = "Queued: the new delivery",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery of the caller's webhook")
    @APIResponse(responseCode = "409", description = "The webhook is disabled, or 10,000 of its deliveries are waiting")
    public Response redeliver(@PathParam("webhookId") UUID webhookId, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(WebhookDeliveryView.of(webhooks.redeliver(webhookId, deliveryId))).build();
    }

    @POST
    @Path("/{webhookId}/replay")
    @Operation(operationId = "replayWebhookEvents", summary = "Send again every event since a time",
            description = "Every kept event (7 days by default) since the time that the webhook receives with its current event types and customers, oldest first, as new deliveries. Up to 10,000 events per call; continueFrom says where to go on.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = WebhookReplay.Result.class)))
    @APIResponse(responseCode = "404", description = "No such webhook, or not the caller's")
    @APIResponse(responseCode = "409", description = "The webhook is disabled, or 10,000 of its deliveries are waiting")
    public Response replay(@PathParam("webhookId") UUID webhookId, @Valid @NotNull WebhookReplay body) {
        WebhookFanOut.Replay replay = webhooks.replay(webhookId, body.since());
        return Response.accepted(new WebhookReplay.Result(replay.queued(), replay.continueFrom())).build();
    }

    private WebhookView view(Webhook w) {
        return WebhookView.of(w, Timestamps.now(clock));
    }
}
