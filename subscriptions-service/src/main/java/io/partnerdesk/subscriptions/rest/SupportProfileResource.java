package io.partnerdesk.subscriptions.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.partnerdesk.http.concurrency.ETagResponses;
import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.concurrency.WithETag;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.subscriptions.PartnerSupportProfile;
import io.partnerdesk.subscriptions.service.SupportProfileService;

@Path("/api/v1/partners/me/support-profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partners", description = "The calling partner's own settings: how its customers reach its support.")
public class SupportProfileResource {

    @Inject
    SupportProfileService profiles;

    @GET
    @Operation(operationId = "getSupportProfile", summary = "The calling partner's support profile",
            description = "Contact, support hours (in the partner's time zone), languages and response target, as the partner's customers see them. 404 until the partner has set one.")
    @APIResponse(responseCode = "200", description = "The profile, with its ETag",
            content = @Content(schema = @Schema(implementation = SupportProfileView.class)))
    @APIResponse(responseCode = "404", description = "The partner has not set its support profile yet")
    public Response get() {
        PartnerSupportProfile profile = profiles.own();
        return ETagResponses.ok(WithETag.of(SupportProfileView.from(profile), profile.version));
    }

    @PUT
    @Operation(operationId = "putSupportProfile", summary = "Set or replace the calling partner's support profile",
            description = "The first PUT creates it (201); a replacement needs the ETag of your last read in If-Match (428 without, 412 when stale). Customers see it as their support contact, and in the problem that refuses them a subscription change.")
    @APIResponse(responseCode = "200", description = "Replaced, with the new ETag",
            content = @Content(schema = @Schema(implementation = SupportProfileView.class)))
    @APIResponse(responseCode = "201", description = "Created, with its ETag",
            content = @Content(schema = @Schema(implementation = SupportProfileView.class)))
    public Response put(
            @HeaderParam(ETags.IF_MATCH) @Parameter(
                    description = "The ETag of your last read; required once the profile exists") String ifMatch,
            @Valid @NotNull SupportProfileInput body) {
        SupportProfileService.Saved saved = profiles.put(ifMatch, body);
        return ETagResponses.saved(saved.created(), URI.create("/api/v1/partners/me/support-profile"),
                WithETag.of(SupportProfileView.from(saved.profile()), saved.profile().version));
    }
}
