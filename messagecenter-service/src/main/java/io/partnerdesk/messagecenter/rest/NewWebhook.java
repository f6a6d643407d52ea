package io.partnerdesk.messagecenter.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewWebhook", description = "A receiver to register: where, which events, and for which customers.")
public record NewWebhook(
        @NotBlank @Size(max = 2048) @Schema(description = "The receiver: https, a public host, no credentials",
                example = "https://hooks.contoso.example/partnerdesk") String url,
        @NotEmpty @Size(max = 20) @Schema(description = EVENT_TYPES,
                example = "[\"subscription.changed\", \"support-request.status-changed\"]") List<@NotBlank @Size(
                        max = 60) String> eventTypes,
        @Size(max = 100) @Schema(
                description = "Partners only: receive only these customers' events (default: all of yours)") List<@NotNull UUID> customerIds,
        @Size(max = 200) @Schema(example = "Ticket sync") String description) {

    /** The catalogue in short; docs/webhooks.md shows a payload of each. More types may come in a minor version. */
    static final String EVENT_TYPES = "Event types to receive, of: subscription.created, subscription.changed,"
            + " subscription.cancelled, change-request.created, change-request.decided, support-request.created,"
            + " support-request.status-changed, support-request.note-added, support-request.sla-breached,"
            + " support-request.health-issue-resolved, problem-report.created, problem-report.updated, problem-report.resolved, problem-report.escalated,"
            + " problem-report.note-added,"
            + " service-health.issue.created, service-health.issue.updated, service-health.issue.resolved,"
            + " message.published. More may be added in a minor version.";
}
