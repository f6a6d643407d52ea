package io.partnerdesk.messagecenter.rest;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import io.partnerdesk.messagecenter.Maintenance;
import io.partnerdesk.messagecenter.rest.MaintenanceViews.CancelMaintenance;
import io.partnerdesk.messagecenter.rest.MaintenanceViews.MaintenanceQuery;
import io.partnerdesk.messagecenter.rest.MaintenanceViews.MaintenanceView;
import io.partnerdesk.messagecenter.rest.MaintenanceViews.NewMaintenance;
import io.partnerdesk.messagecenter.service.MaintenanceService;
import io.quarkus.security.Authenticated;

/** Planned maintenance windows: operators announce and cancel them, everyone reads them. */
@Path("/api/v1/service-health/maintenances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service health", description = "The health of the cloud services, with incidents and advisories.")
public class MaintenanceResource {

    @Inject
    MaintenanceService maintenances;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "announceMaintenance", summary = "Announce a planned maintenance window (operators)",
            description = "A window of one service, at most 7 days long, starting from now to a year ahead. Publishes a Message Center announcement to everyone in the same transaction (category planForChange, actionRequiredBy = startsAt, shown until endsAt). The status follows the clock: scheduled, inProgress from startsAt, completed from endsAt. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Announced",
            content = @Content(schema = @Schema(implementation = MaintenanceView.class)))
    @APIResponse(responseCode = "400",
            description = "endsAt not after startsAt, longer than 7 days, or startsAt in the past or more than a year ahead")
    @APIResponse(responseCode = "422", description = "Unknown service, or Idempotency-Key reused with another request")
    public Response announce(@HeaderParam(Idempotency.HEADER) @Parameter(
            description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewMaintenance body) {
        return idempotency.create(idempotencyKey, body, () -> {
            Maintenance m = maintenances.announce(body);
            return new Created(URI.create("/api/v1/service-health/maintenances/" + m.id), ETags.of(m.version),
                    MaintenanceView.from(m, Instant.now(clock)));
        });
    }

    @GET
    @Authenticated
    @Operation(operationId = "listMaintenances", summary = "Planned maintenance windows, oldest announced first",
            description = "Filter by service, status now (scheduled, inProgress, completed, cancelled) and by a time range (windows overlapping from–to); pages of up to 200.")
    @APIResponse(responseCode = "200", description = "A page of maintenance windows")
    public Page<MaintenanceView> list(@BeanParam MaintenanceQuery query, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Instant now = Instant.now(clock);
        return Page.of(maintenances.list(query.filters(), page), page, MaintenanceView::cursor,
                m -> MaintenanceView.from(m, now));
    }

    @GET
    @Path("/{maintenanceId}")
    @Authenticated
    @Operation(operationId = "getMaintenance", summary = "One maintenance window",
            description = "The window with its status now and its ETag (taken by a cancellation in If-Match).")
    @APIResponse(responseCode = "200", description = "The window, with its ETag",
            content = @Content(schema = @Schema(implementation = MaintenanceView.class)))
    @APIResponse(responseCode = "404", description = "No such window")
    public Response get(@PathParam("maintenanceId") UUID maintenanceId) {
        Maintenance m = maintenances.get(maintenanceId);
        return ETagResponses.ok(WithETag.of(MaintenanceView.from(m, Instant.now(clock)), m.version));
    }

    @POST
    @Path("/{maintenanceId}/cancel")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "cancelMaintenance", summary = "Cancel a window that has not ended (operators)",
            description = "A scheduled or inProgress window becomes cancelled; its announcement ends now and a short announcement tells everyone it is off. Needs the window's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Cancelled, with the new ETag",
            content = @Content(schema = @Schema(implementation = MaintenanceView.class)))
    @APIResponse(responseCode = "404", description = "No such window")
    @APIResponse(responseCode = "409", description = "Already completed or cancelled")
    public Response cancel(@PathParam("maintenanceId") UUID maintenanceId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the window",
                    required = true) String ifMatch,
            @Valid @NotNull CancelMaintenance body) {
        Maintenance m = maintenances.cancel(maintenanceId, ifMatch, body.reason());
        return ETagResponses.ok(WithETag.of(MaintenanceView.from(m, Instant.now(clock)), m.version));
    }
}
