package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.support.ReportImpact;

@Schema(name = "NewProblemReport", description = "A problem the customer reports to its partner.")
public record NewProblemReport(
        @NotBlank @Size(max = 200) @Schema(example = "Outlook cannot send mail since this morning") String title,
        @NotBlank @Size(max = 10000) @Schema(
                example = "Since about 08:30 every message sent from Outlook stays in the outbox.") String description,
        @Size(max = 100) @Schema(nullable = true, example = "Exchange Online",
                description = "The service affected, as the customer names it") String serviceName,
        @Schema(nullable = true,
                description = "One of the customer's own subscriptions, if the problem is about one (checked)") UUID subscriptionId,
        @NotNull ReportImpact impact,
        @NotNull @Valid Contact contact,
        @Schema(nullable = true,
                description = "When the problem started, if known; not in the future") Instant occurredAt) {
}
