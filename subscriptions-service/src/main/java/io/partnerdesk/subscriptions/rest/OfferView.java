package io.partnerdesk.subscriptions.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.subscriptions.BillingCycle;
import io.partnerdesk.subscriptions.Offer;
import io.partnerdesk.subscriptions.UnitType;

@Schema(name = "Offer", description = "An offer of the catalog.")
public record OfferView(
        @Schema(example = "6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02") UUID id,
        @Schema(example = "Office 365 E3") String name,
        @Schema(example = "Office 365") String product,
        UnitType unitType,
        List<BillingCycle> billingCycles,
        @Schema(example = "1") int minQuantity,
        @Schema(example = "10000") int maxQuantity,
        boolean trialAllowed) {

    public static OfferView from(Offer offer) {
        return new OfferView(offer.id, offer.name, offer.product, offer.unitType,
                offer.billingCycles.stream().sorted().toList(), offer.minQuantity, offer.maxQuantity,
                offer.trialAllowed);
    }

    public static Cursor cursor(Offer offer) {
        return new Cursor(offer.createdAt, offer.id);
    }
}
