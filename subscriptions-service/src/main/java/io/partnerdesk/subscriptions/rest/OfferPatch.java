package io.partnerdesk.subscriptions.rest;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.subscriptions.BillingCycle;
import io.partnerdesk.subscriptions.UnitType;

@Schema(name = "OfferPatch", description = "Fields of an offer to change; absent fields stay as they are.")
public record OfferPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String product,
        UnitType unitType,
        @Size(min = 1) Set<@NotNull BillingCycle> billingCycles,
        @Min(1) @Max(1_000_000) Integer minQuantity,
        @Min(1) @Max(1_000_000) Integer maxQuantity,
        Boolean trialAllowed) {

    public boolean changesNothing() {
        return name == null && product == null && unitType == null && billingCycles == null && minQuantity == null
                && maxQuantity == null && trialAllowed == null;
    }
}
