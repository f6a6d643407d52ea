package io.partnerdesk.subscriptions.rest;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.subscriptions.BillingCycle;
import io.partnerdesk.subscriptions.UnitType;

@Schema(name = "NewOffer", description = "An offer to add to the catalog (operators only).")
public record NewOffer(
        @NotBlank @Size(max = 200) @Schema(example = "Microsoft 365 Apps for business") String name,
        @NotBlank @Size(max = 200) @Schema(example = "Microsoft 365") String product,
        @NotNull UnitType unitType,
        @NotEmpty Set<@NotNull BillingCycle> billingCycles,
        @NotNull @Min(1) @Max(1_000_000) @Schema(example = "1") Integer minQuantity,
        @NotNull @Min(1) @Max(1_000_000) @Schema(example = "300") Integer maxQuantity,
        @NotNull Boolean trialAllowed) {
}
