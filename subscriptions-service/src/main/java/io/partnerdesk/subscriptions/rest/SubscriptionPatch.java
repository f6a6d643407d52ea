package io.partnerdesk.subscriptions.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.subscriptions.SubscriptionStatus;
import io.partnerdesk.subscriptions.service.SubscriptionChanges;

@Schema(name = "SubscriptionPatch", description = "Fields to change; absent fields stay as they are. "
        + "status moves the subscription: active ⇄ suspended, either → cancelled within the cancellation window.")
public record SubscriptionPatch(
        @Min(1) @Max(1_000_000) @Schema(example = "30") Integer quantity,
        Boolean autoRenewEnabled,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String friendlyName,
        SubscriptionStatus status) {

    public SubscriptionChanges changes() {
        return new SubscriptionChanges(quantity, autoRenewEnabled, friendlyName, status);
    }
}
