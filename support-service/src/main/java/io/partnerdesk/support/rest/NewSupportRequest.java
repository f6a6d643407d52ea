package io.partnerdesk.support.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.support.Severity;

@Schema(name = "NewSupportRequest",
        description = "A problem the partner escalates to 21Vianet for one of its customers.")
public record NewSupportRequest(
        @NotNull @Schema(example = "11111111-1111-4111-8111-111111111111") UUID customerId,
        @NotNull @Schema(example = "7a1d0c3e-5b2f-4c6d-8e9f-0a1b2c3d4e01") UUID topicId,
        @NotBlank @Size(max = 200) @Schema(
                example = "Inbound mail from outside the organisation is delayed") String title,
        @NotBlank @Size(max = 10000) @Schema(
                example = "Since 09:40 mail from external senders arrives 2 to 3 hours late.") String description,
        @NotNull Severity severity,
        @NotNull @Valid Contact contact,
        @NotNull @Valid Triage triage) {
}
