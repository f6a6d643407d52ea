package io.partnerdesk.messagecenter.rest;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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
import io.partnerdesk.http.openapi.ApiConventionsFilter;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.messagecenter.HealthIssue;
import io.partnerdesk.messagecenter.HealthIssuePost;
import io.partnerdesk.messagecenter.rest.HealthViews.IssueView;
import io.partnerdesk.messagecenter.rest.HealthViews.NewIssue;
import io.partnerdesk.messagecenter.rest.HealthViews.NewPost;
import io.partnerdesk.messagecenter.rest.HealthViews.Overview;
import io.partnerdesk.messagecenter.rest.HealthViews.PostView;
import io.partnerdesk.messagecenter.service.ServiceHealthService;
import io.partnerdesk.messagecenter.service.ServiceHealthService.IssueFilters;
import io.quarkus.security.Authenticated;

@Path("/api/v1/service-health")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service health", description = "The health of the cloud services, with incidents and advisories.")
public class ServiceHealthResource {

    @Inject
    ServiceHealthService health;

    @Inject
    Idempotency idempotency;

    @GET
    @Authenticated
    @Operation(operationId = "getServiceHealthOverview",
            summary = "Every service with its current status and open issues",
            description = "Each service's current status (that of its most recently updated open issue, or serviceOperational) and its open issues.")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(schema = @Schema(implementation = Overview.class)))
    public Overview overview() {
        return health.overview();
    }

    @GET
    @Path("/issues")
    @Authenticated
    @Operation(operationId = "listHealthIssues", summary = "Service health issues, oldest first",
            description = "Filter by service, classification, status and whether resolved; pages of up to 200, oldest first.")
    @APIResponse(responseCode = "200", description = "A page of issues (without posts)")
    public Page<IssueView> issues(@BeanParam HealthIssueQuery query, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        IssueFilters filters = query.filters();
        return Page.of(health.issues(filters, page), page, IssueView::cursor, IssueView::summary);
    }

    @GET
    @Path("/issues/{issueId}")
    @Authenticated
    @Operation(operationId = "getHealthIssue", summary = "One issue with all its posts",
            description = "The issue with every post, oldest first, and its ETag (taken by a new post in If-Match).")
    @APIResponse(responseCode = "200", description = "The issue, with its ETag",
            content = @Content(schema = @Schema(implementation = IssueView.class)))
    @APIResponse(responseCode = "404", description = "No such issue")
    public Response issue(@PathParam("issueId") UUID issueId) {
        HealthIssue issue = health.issue(issueId);
        return ETagResponses.ok(WithETag.of(IssueView.from(issue, health.posts(issueId)), issue.version));
    }

    @POST
    @Path("/issues")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "openHealthIssue", summary = "Open an incident or advisory on a service (operators)",
            description = "An incident or advisory on a service, with its first status (investigating by default). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Opened; the service shows the issue's status",
            content = @Content(schema = @Schema(implementation = IssueView.class)))
    @APIResponse(responseCode = "422", description = "Unknown service, or Idempotency-Key reused with another request")
    public Response open(@HeaderParam(Idempotency.HEADER) @Parameter(
            description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewIssue body) {
        return idempotency.create(idempotencyKey, body, () -> {
            HealthIssue issue = health.open(body);
            return new Created(URI.create("/api/v1/service-health/issues/" + issue.id), ETags.of(issue.version),
                    IssueView.from(issue, java.util.List.of()));
        });
    }

    @Extension(name = ApiConventionsFilter.UNVERSIONED, value = "true")
    @POST
    @Path("/issues/{issueId}/posts")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "postHealthIssueUpdate",
            summary = "Post an update; a status moves the issue and its service (operators)",
            description = "Adds a post to the issue; a status in it moves the issue and its service, and serviceRestored, falsePositive or postIncidentReviewPublished resolve it. Needs the issue's ETag in If-Match; send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Posted",
            content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "404", description = "No such issue")
    public Response post(@PathParam("issueId") UUID issueId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the issue",
                    required = true) String ifMatch,
            @HeaderParam(Idempotency.HEADER) @Parameter(
                    description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewPost body) {
        return idempotency.create(idempotencyKey, body, () -> {
            HealthIssuePost post = health.post(issueId, ifMatch, body);
            return Created.withoutETag(URI.create("/api/v1/service-health/issues/" + issueId), PostView.from(post));
        });
    }
}
