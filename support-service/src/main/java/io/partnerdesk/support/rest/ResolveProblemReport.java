package io.partnerdesk.support.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolveProblemReport", description = "How the partner solved the problem, in words the customer reads.")
public record ResolveProblemReport(
        @NotBlank @Size(max = 5000) @Schema(
                example = "The mailbox had reached its quota; we raised it to 100 GB and sending works again.") String resolution) {
}
