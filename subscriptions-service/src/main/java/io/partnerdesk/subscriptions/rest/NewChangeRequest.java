package io.partnerdesk.subscriptions.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewChangeRequest", description = "What the customer asks its partner to change: quantity and/or "
        + "autoRenewEnabled, or cancel: true alone; always with a reason.")
public record NewChangeRequest(
        @Min(1) @Max(1_000_000) @Schema(example = "40") Integer quantity,
        Boolean autoRenewEnabled,
        Boolean cancel,
        @NotBlank @Size(max = 1000) @Schema(example = "We hired 15 people in the Shanghai office.") String reason) {
}
