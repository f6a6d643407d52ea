package io.partnerdesk.subscriptions.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewCustomer",
        description = "A customer a partner creates; the server assigns its id (the tenant id) and partner.")
public record NewCustomer(
        @NotBlank @Size(max = 200) @Schema(example = "Tailspin Toys") String companyName,
        @NotBlank @Size(max = 253) @Pattern(
                regexp = "^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}$",
                message = "must be a domain name such as tailspintoys.partner.onmschina.cn") @Schema(
                        example = "tailspintoys.partner.onmschina.cn") String domain,
        @NotBlank @Email @Size(max = 254) @Schema(example = "billing@tailspintoys.cn") String billingEmail) {
}
