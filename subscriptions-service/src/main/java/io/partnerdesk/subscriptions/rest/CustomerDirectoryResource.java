package io.partnerdesk.subscriptions.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.request.QueryParams;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.service.CustomerService;

/**
 * The tenant directory for the other services (role service): which customers exist and whose they are. The Message
 * Center reads it to tell a partner which of its customers have not acknowledged a message, and to remind each tenant
 * that has not. Internal: the gateway never routes {@code /internal}; documented in {@code /q/openapi-internal}.
 */
@Extension(name = "x-smallrye-profile-internal", value = "")
@Path("/internal/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@Tag(name = "Internal: tenant directory",
        description = "Customers for PartnerDesk services (role service only); not reachable through the gateway.")
public class CustomerDirectoryResource {

    @Inject
    CustomerService customers;

    @Schema(name = "DirectoryCustomer", description = "A customer tenant and its partner.")
    public record DirectoryEntry(@Schema(example = "11111111-1111-4111-8111-111111111111") UUID id,
            @Schema(example = "contoso") String partnerId, @Schema(example = "Tailspin Toys") String companyName) {

        static DirectoryEntry from(Customer c) {
            return new DirectoryEntry(c.id, c.partnerId, c.companyName);
        }

        static Cursor cursor(Customer c) {
            return new Cursor(c.createdAt, c.id);
        }
    }

    @GET
    @Operation(operationId = "listDirectoryCustomers", summary = "Every customer tenant, or one partner's",
            description = "For PartnerDesk services only (role service; the gateway never routes it). Pages of up to 200, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of customers")
    public Page<DirectoryEntry> list(@BeanParam PageParams paging,
            @QueryParam("partnerId") @Parameter(description = "Only this partner's customers",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String partnerId) {
        PageRequest page = paging.request();
        return Page.of(customers.directory(page, QueryParams.text("partnerId", partnerId, 100)), page,
                DirectoryEntry::cursor, DirectoryEntry::from);
    }
}
