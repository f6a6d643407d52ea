package io.partnerdesk.subscriptions.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionReason", description = "Why the partner decided as it did; required to reject.")
public record DecisionReason(
        @NotBlank @Size(max = 1000) @Schema(
                example = "Your contract covers 25 seats; let us talk about an upgrade first.") String reason) {
}
