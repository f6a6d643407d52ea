package io.partnerdesk.outbox.operations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutboxDiscard", description = "Why an event is set aside for good (kept for audit).")
public record DiscardReason(
        @NotBlank @Size(max = 900) @Schema(
                examples = "Subscription deleted by hand; the notification no longer applies.") String reason) {
}
