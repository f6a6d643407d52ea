package io.partnerdesk.subscriptions.rest;

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

import io.partnerdesk.http.security.Roles;
import io.partnerdesk.subscriptions.service.CallerProfiles;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER, Roles.CUSTOMER, Roles.SUPPORT_ENGINEER, Roles.OPERATOR, Roles.SERVICE })
@Tag(name = "Me", description = "Who the caller is and what it may do.")
public class MeResource {

    @Inject
    CallerProfiles callers;

    @GET
    @Operation(operationId = "getMe", summary = "Who the caller is and what it may do",
            description = "The caller's roles, its partner or tenant with their display names, and its capabilities (resource:action), so that a client renders the actions the caller has without guessing from roles.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = CallerView.class)))
    public CallerView me() {
        return callers.describe();
    }
}
