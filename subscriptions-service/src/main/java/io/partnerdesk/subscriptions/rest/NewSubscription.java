package io.partnerdesk.subscriptions.rest;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.subscriptions.BillingCycle;

@Schema(name = "NewSubscription", description = "A subscription the owning partner creates for its customer.")
public record NewSubscription(
        @NotNull @Schema(example = "6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02") UUID offerId,
        @NotNull @Min(1) @Max(1_000_000) @Schema(example = "25") Integer quantity,
        @NotNull BillingCycle billingCycle,
        @NotNull Boolean autoRenewEnabled,
        @NotBlank @Size(max = 200) @Schema(example = "Head office E3") String friendlyName) {
}
