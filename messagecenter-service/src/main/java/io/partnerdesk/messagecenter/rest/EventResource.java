package io.partnerdesk.messagecenter.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.partnerdesk.http.security.Roles;
import io.partnerdesk.messagecenter.event.EventEnvelope;
import io.partnerdesk.messagecenter.event.EventIngestion;

/**
 * Where the other services' outbox relays deliver events. Internal: the gateway never routes {@code /internal}, so the
 * operation is documented apart ({@code /q/openapi-internal}, committed as {@code openapi/internal/}), out of the public
 * document integrators read.
 */
@Extension(name = "x-smallrye-profile-internal", value = "")
@Path("/internal/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@Tag(name = "Internal: events",
        description = "Events from PartnerDesk services (role service only); not reachable through the gateway.")
public class EventResource {

    @Inject
    EventIngestion ingestion;

    @Schema(name = "EventReceipt")
    public record Receipt(UUID eventId, List<UUID> messageIds) {
    }

    @POST
    @Operation(operationId = "receiveEvent", summary = "Turn an event into notifications, exactly once per event id",
            description = "For the services' outbox relays only (role service; the gateway never routes it). The first delivery of an event id makes its notifications and answers 201; a redelivery changes nothing and answers 200 with the same receipt.")
    @APIResponse(responseCode = "201", description = "Processed: the notifications made",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = "Already processed (a redelivery): nothing changed",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "422",
            description = "Unknown event type, or a fact the type needs is missing; redelivering it will not help")
    public Response receive(@Valid @NotNull EventEnvelope event) {
        EventIngestion.Outcome outcome = ingestion.ingest(event);
        return Response.status(outcome.firstDelivery() ? 201 : 200)
                .entity(new Receipt(event.id(), outcome.messageIds()))
                .build();
    }
}
