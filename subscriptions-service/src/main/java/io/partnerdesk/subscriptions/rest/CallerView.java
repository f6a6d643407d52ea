package io.partnerdesk.subscriptions.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Caller", description = "Who the caller is and what it may do.")
public record CallerView(
        @Schema(description = "The token's subject") String subject,
        @Schema(example = "contoso-admin") String displayName,
        @Schema(example = "[\"partner\"]") List<String> roles,
        @Schema(description = "For a partner's caller: the partner; null otherwise", nullable = true) Partner partner,
        @Schema(nullable = true, description = "For a customer's caller: its tenant; null otherwise") Tenant tenant,
        @Schema(description = "What the caller may do, as resource:action; a client shows these actions and no others."
                + " More may be added in a minor version.",
                example = "[\"change-requests:create\", \"subscriptions:read\"]") List<String> capabilities) {

    @Schema(name = "CallerPartner")
    public record Partner(@Schema(example = "contoso") String partnerId,
            @Schema(description = "Its support profile's display name, or the partner id while it has none",
                    example = "Contoso Cloud Support") String displayName) {
    }

    @Schema(name = "CallerTenant")
    public record Tenant(UUID tenantId,
            @Schema(nullable = true,
                    description = "The customer's company name; null when no partner has registered the tenant",
                    example = "Tailspin Toys") String companyName,
            @Schema(nullable = true, description = "The customer's partner; null as for companyName",
                    example = "contoso") String partnerId) {
    }
}
