package io.partnerdesk.support.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.support.Severity;

@Schema(name = "EscalateProblemReport", description = """
        Escalates the report to 21Vianet as a support request, with the report's title and description. The triage is
        required, as for any support request; contact defaults to the customer's contact on the report.""")
public record EscalateProblemReport(
        @NotNull @Schema(example = "7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e01") UUID topicId,
        @NotNull Severity severity,
        @NotNull @Valid Triage triage,
        @Valid @Schema(nullable = true,
                description = "Whom 21Vianet contacts; the report's contact when absent") Contact contact) {
}
