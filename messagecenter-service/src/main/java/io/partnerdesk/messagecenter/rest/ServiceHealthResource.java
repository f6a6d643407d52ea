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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
import io.partnerdesk.messagecenter.HealthIssueReport;
import io.partnerdesk.messagecenter.rest.HealthViews.IssuePatch;
import io.partnerdesk.messagecenter.rest.HealthViews.IssueView;
import io.partnerdesk.messagecenter.rest.HealthViews.NewIssue;
import io.partnerdesk.messagecenter.rest.HealthViews.NewPost;
import io.partnerdesk.messagecenter.rest.HealthViews.Overview;
import io.partnerdesk.messagecenter.rest.HealthViews.PostView;
import io.partnerdesk.messagecenter.rest.HealthViews.ReportView;
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

    @PATCH
    @Path("/issues/{issueId}")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "correctHealthIssue", summary = "Correct an issue's record (operators)",
            description = "Corrects title, impact description, classification or feature; the status moves only through posts. Webhooks receive service-health.issue.updated. Needs the issue's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The corrected issue with its posts, and its new ETag",
            content = @Content(schema = @Schema(implementation = IssueView.class)))
    @APIResponse(responseCode = "400", description = "Nothing to change, or a field out of bounds")
    @APIResponse(responseCode = "404", description = "No such issue")
    public Response correct(@PathParam("issueId") UUID issueId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the issue",
                    required = true) String ifMatch,
            @Valid @NotNull IssuePatch body) {
        HealthIssue issue = health.correct(issueId, ifMatch, body);
        return ETagResponses.ok(WithETag.of(IssueView.from(issue, health.posts(issueId)), issue.version));
    }

    @GET
    @Path("/issues/{issueId}/report")
    @Authenticated
    @Operation(operationId = "getHealthIssueReport", summary = "The issue's post-incident report",
            description = "The Markdown report operators publish after an issue, for everyone who reads service health; with its ETag.")
    @APIResponse(responseCode = "200", description = "The report, with its ETag",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such issue, or no report yet")
    public Response report(@PathParam("issueId") UUID issueId) {
        HealthIssueReport report = health.report(issueId);
        return ETagResponses.ok(WithETag.of(ReportView.from(report), report.version));
    }

    @PUT
    @Path("/issues/{issueId}/report")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MARKDOWN)
    @Operation(operationId = "putHealthIssueReport",
            summary = "Publish or replace the post-incident report (operators)",
            description = "The body is the report itself, Markdown (text/markdown, UTF-8, at most 64 KiB). The first PUT publishes it (201); a replacement needs the report's ETag in If-Match (428 without, 412 when stale).")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "201", description = "Published; Location names the report",
            content = @Content(schema = @Schema(implementation = ReportView.class)),
            headers = { @Header(name = "Location", description = "Where the report is read from",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The report's version, for the If-Match of a replacement",
                            schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "Empty, or with control characters")
    @APIResponse(responseCode = "404", description = "No such issue")
    @APIResponse(responseCode = "413", description = "More than 64 KiB")
    public Response writeReport(@PathParam("issueId") UUID issueId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(
                    description = "The ETag of your last read of the report; required to replace one") String ifMatch,
            @RequestBody(required = true, description = "The report in Markdown, UTF-8, at most 64 KiB (65,536 bytes)",
                    content = @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING,
                            example = "## What happened\nA configuration change..."))) byte[] markdown) {
        ServiceHealthService.SavedReport saved = health.writeReport(issueId, ifMatch, markdown);
        return ETagResponses.saved(saved.created(),
                URI.create("/api/v1/service-health/issues/" + issueId + "/report"),
                WithETag.of(ReportView.from(saved.report()), saved.report().version));
    }

    static final String MARKDOWN = "text/markdown";
}
