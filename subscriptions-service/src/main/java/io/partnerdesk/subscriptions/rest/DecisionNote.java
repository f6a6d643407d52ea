package io.partnerdesk.subscriptions.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionNote", description = "An optional note to the customer with an approval.")
public record DecisionNote(
        @Size(max = 1000) @Schema(example = "Done: 15 more seats from today.", nullable = true) String reason) {
}
