package io.partnerdesk.support.rest;

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
import io.partnerdesk.support.event.ServiceHealthEvent;
import io.partnerdesk.support.service.HealthIssueResolutions;

/**
 * Where messagecenter-service's outbox relay delivers service-health events. Internal: the gateway never routes
 * {@code /internal}, so the operation is documented apart ({@code /q/openapi-internal}, committed as
 * {@code openapi/internal/support-service.yaml}).
 */
@Extension(name = "x-smallrye-profile-internal", value = "")
@Path("/internal/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@Tag(name = "Internal: events",
        description = "Service-health events from messagecenter-service (role service only); not reachable through the gateway.")
public class EventResource {

    @Inject
    HealthIssueResolutions resolutions;

    @Schema(name = "EventReceipt", description = "What the event did: the support requests it noted a resolution on.")
    public record Receipt(UUID eventId, List<UUID> supportRequestIds) {
    }

    @POST
    @Operation(operationId = "receiveEvent", summary = "Apply a service-health event, exactly once per event id",
            description = "For messagecenter-service's outbox relay only (role service; the gateway never routes it). service-health.issue.resolved notes the resolution on every open support request linked to the issue and notifies each request's partner; other service-health.issue.* types are acknowledged and change nothing. The first delivery of an event id answers 201; a redelivery changes nothing and answers 200.")
    @APIResponse(responseCode = "201", description = "Processed: the support requests noted",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = "Already processed (a redelivery): nothing changed",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "422",
            description = "Not a service-health event, or a fact the type needs is missing; redelivering it will not help")
    public Response receive(@Valid @NotNull ServiceHealthEvent event) {
        HealthIssueResolutions.Outcome outcome = resolutions.ingest(event);
        return Response.status(outcome.firstDelivery() ? 201 : 200)
                .entity(new Receipt(event.id(), outcome.supportRequestIds()))
                .build();
    }
}
