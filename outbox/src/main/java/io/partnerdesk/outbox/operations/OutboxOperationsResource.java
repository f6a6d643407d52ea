package io.partnerdesk.outbox.operations;

import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.micrometer.core.instrument.MeterRegistry;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.http.time.Timestamps;
import io.quarkus.logging.Log;

/**
 * Operators repair this service's outbox: list parked, pending or discarded events, retry one, discard one with a
 * reason. Served by every service that emits events, each under its own name ({@code subscriptions},
 * {@code support}, {@code messagecenter}); the gateway routes {@code /api/v1/operations/<name>} to it.
 */
@Path("/api/v1/operations/{service}/outbox-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Operators' repair of the event outbox.")
@RolesAllowed(Roles.OPERATOR)
public class OutboxOperationsResource {

    @Inject
    DataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private OutboxRepair repair;
    private String name;

    @PostConstruct
    void init() {
        repair = new OutboxRepair(dataSource);
        name = applicationName.endsWith("-service")
                ? applicationName.substring(0, applicationName.length() - "-service".length())
                : applicationName;
    }

    @GET
    @Operation(operationId = "listOutboxEvents", summary = "List this service's outbox events by status",
            description = "Parked events (the default) need an operator: the consumer refused them or the relay gave up."
                    + " Pending ones are waiting or being retried; discarded ones are kept for audit.")
    @APIResponse(responseCode = "200", description = "A page of outbox events, oldest first")
    @APIResponse(responseCode = "404", description = "No such service here")
    public Page<OutboxEventView> list(
            @PathParam("service") @Parameter(description = "subscriptions, support or messagecenter") String service,
            @QueryParam("status") @Parameter(
                    description = "Events in this state (default: parked)") OutboxRepair.Status wanted,
            @BeanParam PageParams paging) {
        requireThisService(service);
        PageRequest page = paging.request();
        return Page.of(repair.list(wanted == null ? OutboxRepair.Status.PARKED : wanted, page), page,
                OutboxEventView::cursor, OutboxEventView::from);
    }

    @POST
    @Path("/{eventId}/retry")
    @Operation(operationId = "retryOutboxEvent", summary = "Send a parked event again, or a waiting one now",
            description = "The event becomes pending with a fresh attempt count (earlier attempts are kept in"
                    + " previousAttempts); the relay sends it on its next pass. The consumer deduplicates by event id.")
    @APIResponse(responseCode = "200", description = "The event, pending again")
    @APIResponse(responseCode = "404", description = "No such event, or no such service here")
    @APIResponse(responseCode = "409", description = "The event was already delivered or discarded")
    public OutboxEventView retry(@PathParam("service") String service, @PathParam("eventId") UUID eventId) {
        requireThisService(service);
        OutboxRepair.Outcome outcome = repair.retry(eventId, operator(), Timestamps.now(clock));
        OutboxEventView view = answer(outcome, eventId, "retried", "retry");
        Log.infof("Outbox event %s (%s) retried by operator %s (%s)", eventId, view.type(), operator(),
                caller.subject());
        return view;
    }

    @POST
    @Path("/{eventId}/discard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "discardOutboxEvent", summary = "Set an event aside for good, with a reason",
            description = "The event is never delivered; it stays in the outbox with the operator, time and reason.")
    @APIResponse(responseCode = "200", description = "The event, discarded")
    @APIResponse(responseCode = "404", description = "No such event, or no such service here")
    @APIResponse(responseCode = "409", description = "The event was already delivered or discarded")
    public OutboxEventView discard(@PathParam("service") String service, @PathParam("eventId") UUID eventId,
            @Valid @NotNull DiscardReason body) {
        requireThisService(service);
        OutboxRepair.Outcome outcome = repair.discard(eventId, operator(), body.reason().trim(), Timestamps.now(clock));
        OutboxEventView view = answer(outcome, eventId, "discarded", "discard");
        Log.infof("Outbox event %s (%s) discarded by operator %s (%s): %s", eventId, view.type(), operator(),
                caller.subject(), body.reason().trim());
        return view;
    }

    private OutboxEventView answer(OutboxRepair.Outcome outcome, UUID eventId, String action, String verb) {
        if (outcome.refusal() != null) {
            throw switch (outcome.refusal()) {
                case NOT_FOUND -> Problems.notFound("Outbox event", eventId);
                case ALREADY_DELIVERED -> Problems.conflict("outbox-event-delivered", "Already delivered",
                        "Outbox event " + eventId + " was delivered; there is nothing to " + verb + ".");
                case ALREADY_DISCARDED -> Problems.conflict("outbox-event-discarded", "Already discarded",
                        "Outbox event " + eventId + " was discarded and is kept for audit only.");
            };
        }
        registry.counter("outbox.operator.actions", "service", applicationName, "action", action).increment();
        return OutboxEventView.from(outcome.entry());
    }

    private void requireThisService(String service) {
        if (!name.equals(service)) {
            throw Problems.notFound("Service", service);
        }
    }

    /** Who acted, as kept on the row (the token's user name; the log line adds the subject). */
    private String operator() {
        String name = caller.displayName();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
