package io.partnerdesk.support.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", description = "Who 21Vianet contacts about the request.")
public record Contact(
        @NotBlank @Size(max = 200) @Schema(example = "Li Wei") String name,
        @NotBlank @Email @Size(max = 254) @Schema(example = "li.wei@contoso.cn") String email,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()-]{5,40}$",
                message = "must be a phone number such as +86 21 5555 0100") @Schema(example = "+86 21 5555 0100",
                        nullable = true) String phone) {
}
