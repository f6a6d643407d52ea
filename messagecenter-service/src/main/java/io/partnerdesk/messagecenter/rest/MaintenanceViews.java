package io.partnerdesk.messagecenter.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.http.request.QueryParams;
import io.partnerdesk.messagecenter.Maintenance;
import io.partnerdesk.messagecenter.MaintenanceStatus;
import io.partnerdesk.messagecenter.service.MaintenanceClock;
import io.partnerdesk.messagecenter.service.MaintenanceService.Filters;

/** Request and response records of planned maintenance. */
public final class MaintenanceViews {

    private MaintenanceViews() {
    }

    @Schema(name = "NewMaintenance", description = """
            A maintenance window to announce: at most 7 days long, starting from now to a year ahead. Publishing it
            posts a Message Center announcement to everyone (category planForChange, actionRequiredBy = startsAt).""")
    public record NewMaintenance(
            @NotBlank @Size(max = 100) @Schema(example = "Exchange Online") String service,
            @NotBlank @Size(max = 200) @Schema(example = "Mailbox database upgrade") String title,
            @NotBlank @Size(max = 5000) @Schema(
                    example = "Mailbox databases in the Shanghai region move to new hardware.") String description,
            @NotNull Instant startsAt,
            @NotNull Instant endsAt,
            @NotBlank @Size(max = 2000) @Schema(
                    example = "Outlook may disconnect for up to 5 minutes; mail is queued, not lost.") String impact) {
    }

    @Schema(name = "CancelMaintenance",
            description = "Why the window is cancelled; told to everyone who was told of it.")
    public record CancelMaintenance(@Size(max = 1000) @Schema(nullable = true,
            example = "Postponed: a new date follows.") String reason) {
    }

    @Schema(name = "Maintenance", description = "A planned maintenance window; its status follows the clock.")
    public record MaintenanceView(UUID id, @Schema(example = "Exchange Online") String service, String title,
            String description, String impact, Instant startsAt, Instant endsAt, MaintenanceStatus status,
            @Schema(nullable = true) Instant cancelledAt, @Schema(nullable = true) String cancelReason,
            @Schema(description = "The Message Center announcement of the window") UUID messageId, Instant createdAt,
            Instant updatedAt) {

        public static MaintenanceView from(Maintenance m, Instant now) {
            return new MaintenanceView(m.id, m.service, m.title, m.description, m.impact, m.startsAt, m.endsAt,
                    MaintenanceClock.status(m.startsAt, m.endsAt, m.cancelledAt, now), m.cancelledAt, m.cancelReason,
                    m.messageId, m.createdAt, m.updatedAt);
        }

        public static Cursor cursor(Maintenance m) {
            return new Cursor(m.createdAt, m.id);
        }
    }

    /** The filters of {@code GET /api/v1/service-health/maintenances}, typed and converted by JAX-RS. */
    public record MaintenanceQuery(
            @QueryParam("service") @Parameter(description = "Windows of this service",
                    schema = @Schema(type = SchemaType.STRING, maxLength = SERVICE_MAX)) String service,
            @QueryParam("status") @Parameter(description = "Windows in this status now") MaintenanceStatus status,
            @QueryParam("from") @Parameter(
                    description = "RFC 3339 time: windows that end after it") Instant from,
            @QueryParam("to") @Parameter(description = "RFC 3339 time: windows that start before it") Instant to) {

        static final int SERVICE_MAX = 100;

        Filters filters() {
            return new Filters(QueryParams.text("service", service, SERVICE_MAX), status, from, to);
        }
    }
}
