package io.partnerdesk.subscriptions.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.partnerdesk.http.concurrency.ETagResponses;
import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.concurrency.WithETag;
import io.partnerdesk.http.idempotency.Created;
import io.partnerdesk.http.idempotency.Idempotency;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.request.QueryParams;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.service.CustomerService;
import io.partnerdesk.subscriptions.service.SupportProfileService;

@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "A partner's customers. A partner sees its own; a customer sees itself.")
public class CustomerResource {

    @Inject
    CustomerService customers;

    @Inject
    Idempotency idempotency;

    @Inject
    SupportProfileService supportProfiles;

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "createCustomer", summary = "Create a customer of the calling partner",
            description = "The customer's id is its tenant id; its domain must be unused (409 otherwise). Send an Idempotency-Key so that a retry after a timeout cannot create it twice.")
    @APIResponse(responseCode = "201", description = "Created; the id is the new tenant id",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "409",
            description = "The domain belongs to another customer, or a request with the same Idempotency-Key is still being processed")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(
            description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewCustomer body) {
        return idempotency.create(idempotencyKey, body, () -> {
            Customer customer = customers.create(body);
            return new Created(ApiPaths.customer(customer.id), ETags.of(customer.version), CustomerView.from(customer));
        });
    }

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Operation(operationId = "listCustomers", summary = "List the customers the caller may see",
            description = "A partner sees its own customers, a customer only itself. Filter by exact domain or by a part of the company name; pages of up to 200, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of customers")
    public Page<CustomerView> list(@BeanParam PageParams paging,
            @QueryParam("domain") @Parameter(description = "Exact domain, case-insensitive",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 253)) String domain,
            @QueryParam("name") @Parameter(description = "Part of the company name, case-insensitive",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String name) {
        PageRequest page = paging.request();
        return Page.of(
                customers.list(page, QueryParams.text("domain", domain, 253), QueryParams.text("name", name, 200)),
                page, CustomerView::cursor, CustomerView::from);
    }

    @GET
    @Path("/{customerId}")
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Operation(operationId = "getCustomer", summary = "Read one customer",
            description = "The customer, if the caller is its partner or the customer itself; anyone else gets 404, so nothing leaks about other partners' customers.")
    @APIResponse(responseCode = "200", description = "The customer, with its ETag",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "404", description = "No such customer, or not one the caller may see")
    public Response get(@PathParam("customerId") UUID customerId) {
        Customer customer = customers.get(customerId);
        return ETagResponses.ok(WithETag.of(CustomerView.from(customer), customer.version));
    }

    @GET
    @Path("/{customerId}/support-contact")
    @RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER })
    @Operation(operationId = "getSupportContact", summary = "Whom the customer asks for help: its partner's support",
            description = "The customer and its partner's support profile (contact, hours, languages, response target); the profile is null while the partner has not set one. For the customer itself and its partner; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The support contact",
            content = @Content(schema = @Schema(implementation = SupportContactView.class)))
    @APIResponse(responseCode = "404", description = "No such customer, or not one the caller may see")
    public SupportContactView supportContact(@PathParam("customerId") UUID customerId) {
        return supportProfiles.contactOf(customerId);
    }
}
