package io.partnerdesk.subscriptions.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.PartnerSupportProfile;
import io.partnerdesk.subscriptions.service.Capabilities;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER, Roles.SUPPORT_ENGINEER, Roles.OPERATOR, Roles.SERVICE })
@Tag(name = "Me", description = "Who the caller is and what it may do.")
public class MeResource {

    private static final java.util.Set<String> ROLES = java.util.Set.of(Roles.PARTNER, Roles.CUSTOMER,
            Roles.SUPPORT_ENGINEER, Roles.OPERATOR, Roles.SERVICE);

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getMe", summary = "Who the caller is and what it may do",
            description = "The caller's roles, its partner or tenant with their display names, and its capabilities (resource:action), so that a client renders the actions the caller has without guessing from roles.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = CallerView.class)))
    public CallerView me() {
        CallerView.Partner partner = caller.partnerId().map(id -> {
            PartnerSupportProfile profile = PartnerSupportProfile.findById(id);
            return new CallerView.Partner(id, profile == null ? id : profile.displayName);
        }).orElse(null);
        CallerView.Tenant tenant = caller.isCustomer() ? tenant(caller.requireTenantId()) : null;
        // Only PartnerDesk's roles: an identity provider's own (offline_access, default roles) mean nothing here.
        return new CallerView(caller.subject(), caller.displayName(),
                caller.roles().stream().filter(ROLES::contains).sorted().toList(),
                caller.isPartner() ? partner : null, tenant, Capabilities.of(caller.roles()));
    }

    private static CallerView.Tenant tenant(UUID tenantId) {
        Customer customer = Customer.findById(tenantId);
        return customer == null ? new CallerView.Tenant(tenantId, null, null)
                : new CallerView.Tenant(tenantId, customer.companyName, customer.partnerId);
    }

}
