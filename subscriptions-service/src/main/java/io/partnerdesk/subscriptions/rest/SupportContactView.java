package io.partnerdesk.subscriptions.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportContact", description = "Whom a customer asks for help: its partner's support.")
public record SupportContactView(
        UUID customerId,
        @Schema(example = "Tailspin Toys") String companyName,
        @Schema(example = "contoso") String partnerId,
        @Schema(nullable = true,
                description = "The partner's support profile; null while the partner has not set one") SupportProfileView supportProfile) {
}
