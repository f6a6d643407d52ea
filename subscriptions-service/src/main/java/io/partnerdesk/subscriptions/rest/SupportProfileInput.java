package io.partnerdesk.subscriptions.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportProfileInput", description = "How the partner's customers reach its support.")
public record SupportProfileInput(
        @NotBlank @Size(max = 200) @Schema(example = "Contoso Cloud Support") String displayName,
        @NotBlank @Email @Size(max = 254) @Schema(example = "support@contoso.example") String email,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,28}",
                message = "must be a phone number") @Schema(example = "+86 21 5555 0100") String phone,
        @Size(max = 500) @Schema(description = "https URL", example = "https://support.contoso.example") String website,
        @NotNull @Valid SupportHours hours,
        @NotEmpty @Size(max = 10) @Schema(description = "BCP 47 language tags",
                example = "[\"zh-CN\", \"en\"]") List<@NotNull @Pattern(
                        regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}",
                        message = "must be a language tag such as zh-CN") String> languages,
        @NotBlank @Size(max = 20) @Schema(description = "ISO 8601 duration within which the partner answers a"
                + " customer's problem, counted in its support hours; 15 minutes to 7 days",
                example = "PT4H") String responseTarget) {
}
