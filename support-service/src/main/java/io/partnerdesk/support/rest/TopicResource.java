package io.partnerdesk.support.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import io.partnerdesk.http.idempotency.Created;
import io.partnerdesk.http.idempotency.Idempotency;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.support.SupportTopic;
import io.partnerdesk.support.service.TopicService;
import io.quarkus.security.Authenticated;

@Path("/api/v1/support-topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support topics", description = "The services and areas a support request can be about.")
public class TopicResource {

    @Inject
    TopicService topics;

    @Inject
    Idempotency idempotency;

    @GET
    @Authenticated
    @Operation(operationId = "listSupportTopics", summary = "List support topics",
            description = "The services and areas a request can be filed about; filter by active. Pages of up to 200.")
    @APIResponse(responseCode = "200", description = "A page of topics")
    public Page<TopicView> list(
            @QueryParam("active") @Parameter(
                    description = "true: topics open for new requests; false: retired ones") Boolean active,
            @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        return Page.of(topics.list(active, page), page, TopicView::cursor, TopicView::from);
    }

    @GET
    @Path("/{topicId}")
    @Authenticated
    @Operation(operationId = "getSupportTopic", summary = "Read one support topic",
            description = "One topic, with its ETag.")
    @APIResponse(responseCode = "200", description = "The topic, with its ETag",
            content = @Content(schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response get(@PathParam("topicId") UUID topicId) {
        SupportTopic topic = topics.get(topicId);
        return ETagResponses.ok(WithETag.of(TopicView.from(topic), topic.version));
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "createSupportTopic", summary = "Add a support topic (operators)",
            description = "Topic names are unique whatever their case (409). Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "409",
            description = "A topic with this name exists, or a request with the same Idempotency-Key is still being processed")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(
            description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewTopic body) {
        return idempotency.create(idempotencyKey, body, () -> {
            SupportTopic topic = topics.create(body);
            return new Created(URI.create("/api/v1/support-topics/" + topic.id), ETags.of(topic.version),
                    TopicView.from(topic));
        });
    }

    @PATCH
    @Path("/{topicId}")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateSupportTopic", summary = "Rename, describe, activate or retire a topic (operators)",
            description = "A merge patch; an inactive topic takes no new requests but keeps the ones filed. Needs the topic's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The changed topic, with its new ETag",
            content = @Content(schema = @Schema(implementation = TopicView.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "409", description = "Another topic has this name")
    public Response update(@PathParam("topicId") UUID topicId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the topic",
                    required = true) String ifMatch,
            @Valid @NotNull TopicPatch body) {
        SupportTopic topic = topics.change(topicId, ifMatch, body);
        return ETagResponses.ok(WithETag.of(TopicView.from(topic), topic.version));
    }

}
