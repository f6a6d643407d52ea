package io.partnerdesk.support.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Triage", description = "What the partner already tried, and how the customer is affected.")
public record Triage(
        @NotBlank(message = "must describe the steps already taken before escalating") @Size(max = 5000) @Schema(
                example = "Checked the service health dashboard; recreated the connector; message trace shows 4.4.7 deferrals.") String stepsTaken,
        @Size(max = 2000) @Schema(example = "40 users in the Shanghai office cannot receive external mail.",
                nullable = true) String customerImpact) {
}
