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
import io.partnerdesk.subscriptions.Offer;
import io.partnerdesk.subscriptions.service.OfferService;
import io.quarkus.security.Authenticated;

@Path("/api/v1/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers", description = "The catalog of offers partners subscribe their customers to.")
public class OfferResource {

    @Inject
    OfferService offers;

    @Inject
    Idempotency idempotency;

    @GET
    @Authenticated
    @Operation(operationId = "listOffers", summary = "List the offer catalog",
            description = "The catalog every caller may read: products, unit types, billing cycles and quantity bounds. Pages of up to 200, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of offers")
    public Page<OfferView> list(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(offers.list(page), page, OfferView::cursor, OfferView::from);
    }

    @GET
    @Path("/{offerId}")
    @Authenticated
    @Operation(operationId = "getOffer", summary = "Read one offer",
            description = "One offer of the catalog, with its ETag.")
    @APIResponse(responseCode = "200", description = "The offer, with its ETag",
            content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "404", description = "No such offer")
    public Response get(@PathParam("offerId") UUID offerId) {
        Offer offer = offers.get(offerId);
        return ETagResponses.ok(WithETag.of(OfferView.from(offer), offer.version));
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "createOffer", summary = "Add an offer to the catalog (operators)",
            description = "Offer names are unique whatever their case (409). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Created; Location names the offer",
            content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "409",
            description = "An offer with this name exists, or a request with the same Idempotency-Key is still being processed")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(
            description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewOffer body) {
        return idempotency.create(idempotencyKey, body, () -> {
            Offer offer = offers.create(body);
            return new Created(ApiPaths.offer(offer.id), ETags.of(offer.version), OfferView.from(offer));
        });
    }

    @PATCH
    @Path("/{offerId}")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes({ MediaType.APPLICATION_JSON, ApiPaths.MERGE_PATCH_JSON })
    @Operation(operationId = "updateOffer", summary = "Change an offer (operators)",
            description = "A merge patch of the offer's fields; existing subscriptions keep their quantities. Needs the offer's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The changed offer, with its new ETag",
            content = @Content(schema = @Schema(implementation = OfferView.class)))
    @APIResponse(responseCode = "404", description = "No such offer")
    @APIResponse(responseCode = "409", description = "Another offer already has this name")
    public Response update(@PathParam("offerId") UUID offerId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the offer",
                    required = true) String ifMatch,
            @Valid @NotNull OfferPatch body) {
        Offer offer = offers.change(offerId, ifMatch, body);
        return ETagResponses.ok(WithETag.of(OfferView.from(offer), offer.version));
    }
}
