package io.partnerdesk.support.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.support.service.HealthIssueLinks;
import io.partnerdesk.support.service.HealthIssueLinks.LinkedRequest;

/**
 * The support requests linked to a health issue. The path sits under the Message Center's service health, where
 * integrators look for it, but the links are support-service's: the gateway routes this one path here.
 */
@Path("/api/v1/service-health/issues/{healthIssueId}/support-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.PARTNER, Roles.SUPPORT_ENGINEER, Roles.OPERATOR })
@Tag(name = "Support requests", description = "Problems a partner escalates to 21Vianet on behalf of its customer.")
public class HealthIssueRequestsResource {

    @Inject
    HealthIssueLinks links;

    @GET
    @Operation(operationId = "listHealthIssueSupportRequests",
            summary = "The support requests linked to a health issue (engineers, operators; a partner its own)",
            description = "How many support requests are linked to the issue and which, oldest link first: all of them for 21Vianet's engineers and operators, a partner's own for a partner. An issue nobody linked (or that does not exist) has none. Pages of up to 200.")
    @APIResponse(responseCode = "200", description = "The count and a page of linked requests")
    @APIResponse(responseCode = "404", description = "healthIssueId is not a health issue id (not a UUID)")
    public LinkedSupportRequestView.Page list(@PathParam("healthIssueId") UUID healthIssueId,
            @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        long count = links.countOf(healthIssueId);
        List<LinkedRequest> rows = links.requestsOf(healthIssueId, page);
        var shown = io.partnerdesk.http.paging.Page.of(rows, page, LinkedSupportRequestView::cursor,
                LinkedSupportRequestView::from);
        return new LinkedSupportRequestView.Page(healthIssueId, count, shown.items(), shown.nextCursor());
    }
}
