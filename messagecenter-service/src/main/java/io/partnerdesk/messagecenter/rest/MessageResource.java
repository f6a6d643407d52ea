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
import io.partnerdesk.http.idempotency.AlreadyExists;
import io.partnerdesk.http.idempotency.Created;
import io.partnerdesk.http.idempotency.Idempotency;
import io.partnerdesk.http.openapi.ApiConventionsFilter;
import io.partnerdesk.http.paging.Page;
import io.partnerdesk.http.paging.PageParams;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageReader;
import io.partnerdesk.messagecenter.repository.MessageSearch.Filters;
import io.partnerdesk.messagecenter.repository.MessageSearch.Seen;
import io.partnerdesk.messagecenter.rest.AcknowledgementViews.AcknowledgementView;
import io.partnerdesk.messagecenter.rest.AcknowledgementViews.NewAcknowledgement;
import io.partnerdesk.messagecenter.service.AcknowledgementService;
import io.partnerdesk.messagecenter.service.MessageProblems;
import io.partnerdesk.messagecenter.service.MessageService;
import io.partnerdesk.messagecenter.service.MessageService.ViewAction;

@Path("/api/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CUSTOMER, Roles.PARTNER, Roles.SUPPORT_ENGINEER, Roles.OPERATOR })
@Tag(name = "Messages",
        description = "Message Center: announcements and notifications, each with the caller's own view state.")
public class MessageResource {

    @Inject
    MessageService messages;

    @Inject
    Idempotency idempotency;

    @Inject
    AcknowledgementService acknowledgements;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listMessages",
            summary = "The caller's messages, newest first (archived ones only when asked for)",
            description = "Announcements and notifications for the caller's audience, each with the caller's own view state. Filter by category, severity, service, tag, kind, read state, favorites, subject or update time; pages of up to 200, newest first.")
    @APIResponse(responseCode = "200", description = "A page of messages")
    public Page<MessageView> list(@BeanParam MessageQuery query, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Filters filters = query.filters();
        MessageReader reader = MessageReader.of(caller);
        return Page.of(messages.list(reader, filters, page), page, seen -> MessageView.cursor(seen.message()),
                seen -> view(seen, reader));
    }

    @Extension(name = ApiConventionsFilter.UNVERSIONED, value = "true")
    @POST
    @Path("/{messageId}/acknowledgement")
    @Operation(operationId = "acknowledgeMessage",
            summary = "Acknowledge a message requiring action, for the caller's whole tenant (customer)",
            description = "A customer's user acknowledges a message with an actionRequiredBy for its organisation, with an optional note. The first acknowledgement of a tenant is 201; any later one (by the same or another user) is 200 with the first, unchanged. Its partner sees it in GET /api/v1/messages/{id}/acknowledgements, and the tenant gets no reminder for it. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Acknowledged; Location names the tenant's acknowledgement",
            content = @Content(schema = @Schema(implementation = AcknowledgementView.class)))
    @APIResponse(responseCode = "200", description = "The tenant had acknowledged already: the first acknowledgement",
            content = @Content(schema = @Schema(implementation = AcknowledgementView.class)))
    @APIResponse(responseCode = "403", description = "Not a customer: a customer acknowledges for its tenant")
    @APIResponse(responseCode = "404", description = "No such message, or not one for the caller")
    @APIResponse(responseCode = "409",
            description = "The message requires no action (no actionRequiredBy), or a request with the same Idempotency-Key is still being processed")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another request")
    public Response acknowledge(@PathParam("messageId") UUID messageId,
            @HeaderParam(Idempotency.HEADER) @Parameter(
                    description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid NewAcknowledgement body) {
        if (!caller.isCustomer()) {
            throw MessageProblems.customersAcknowledge();
        }
        NewAcknowledgement given = body == null ? new NewAcknowledgement(null) : body;
        return AlreadyExists.orExisting(() -> idempotency.create(idempotencyKey, given, () -> Created.withoutETag(
                URI.create("/api/v1/messages/" + messageId + "/acknowledgements"),
                AcknowledgementView.from(acknowledgements.acknowledge(messageId, given.note())))));
    }

    @GET
    @Path("/{messageId}/acknowledgements")
    @RolesAllowed({ Roles.PARTNER, Roles.OPERATOR })
    @Operation(operationId = "listMessageAcknowledgements",
            summary = "Who has acknowledged a message requiring action, and who has not (partner, operator)",
            description = "For a partner, the customers of its own that the message reaches: who acknowledged, when, with what note, and which have not yet. For an operator, every tenant. The tenants are read from subscriptions-service's directory.")
    @APIResponse(responseCode = "200", description = "Acknowledged and pending tenants",
            content = @Content(schema = @Schema(implementation = AcknowledgementViews.Report.class)))
    @APIResponse(responseCode = "404",
            description = "No such message, or (a partner) one that reaches none of its customers")
    @APIResponse(responseCode = "409", description = "The message requires no action (no actionRequiredBy)")
    @APIResponse(responseCode = "503",
            description = "The customers could not be read: subscriptions-service is unavailable; retry later")
    public AcknowledgementViews.Report acknowledgements(@PathParam("messageId") UUID messageId) {
        return acknowledgements.report(messageId);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadMessages",
            summary = "How many current, not archived messages the caller has not read",
            description = "Messages that are current, not archived and not read by the calling user, read marks included.")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(schema = @Schema(implementation = UnreadCount.class)))
    public UnreadCount unreadCount() {
        return new UnreadCount(messages.unreadCount(MessageReader.of(caller)));
    }

    @GET
    @Path("/{messageId}")
    @Operation(operationId = "getMessage", summary = "Read one message with the caller's view of it",
            description = "One message if the caller's audience rules give it (404 otherwise), with the caller's read, archived and favorite state.")
    @APIResponse(responseCode = "200", description = "The message, with its ETag",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "404", description = "No such message, or not one for the caller")
    public Response get(@PathParam("messageId") UUID messageId) {
        MessageReader reader = MessageReader.of(caller);
        Seen seen = messages.get(reader, messageId);
        return ETagResponses.ok(WithETag.of(view(seen, reader), seen.message().version));
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(operationId = "publishMessage", summary = "Publish an announcement (operators)",
            description = "An announcement for everyone, for customers or partners, or for listed tenants or partner ids, shown from startsAt to endsAt. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    public Response publish(@HeaderParam(Idempotency.HEADER) @Parameter(
            description = "Makes retries safe: a retry with the same key replays the first response") String idempotencyKey,
            @Valid @NotNull NewMessage body) {
        return idempotency.create(idempotencyKey, body, () -> {
            Message m = messages.publish(body);
            return new Created(URI.create("/api/v1/messages/" + m.id), ETags.of(m.version),
                    MessageView.forPublisher(m));
        });
    }

    @PATCH
    @Path("/{messageId}")
    @RolesAllowed(Roles.OPERATOR)
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateMessage", summary = "Change a message (operators)",
            description = "A merge patch of an announcement's text, classification, window or audience. Needs the message's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "The changed message, with its new ETag",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "404", description = "No such message")
    public Response update(@PathParam("messageId") UUID messageId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag of your last read of the message",
                    required = true) String ifMatch,
            @Valid @NotNull MessagePatch body) {
        Message m = messages.change(messageId, ifMatch, body);
        return ETagResponses.ok(WithETag.of(MessageView.forPublisher(m), m.version));
    }

    @POST
    @Path("/markAllRead")
    @Operation(operationId = "markAllMessagesRead",
            summary = "Mark every message the caller can see as read, in one call",
            description = "Whatever the volume: a read mark for the calling user, not a row per message. Messages created"
                    + " up to 'before' (default and at most now) count as read; marking one unread afterwards still works."
                    + " Unread counts and unread=true lists honour it.")
    @APIResponse(responseCode = "200", description = "Up to when messages are read now",
            content = @Content(schema = @Schema(implementation = ReadUpTo.class)))
    public ReadUpTo markAllRead(MarkAllRead body) {
        return new ReadUpTo(messages.markAllRead(MessageReader.of(caller), body == null ? null : body.before()));
    }

    /*
     * The six view actions are literal paths, one operation each, so that no path template ({messageId}) can be taken
     * for an action by a router or a generated client.
     */
    private static final String VIEW_ACTION_DESCRIPTION = "Up to 100 message ids; only the calling user's own view"
            + " changes. Ids that are no message for the caller are reported in notFound, not refused.";
    private static final String VIEW_ACTION_RESULT = "What changed, what already was so, and which ids are no message"
            + " for the caller";

    @POST
    @Path("/markRead")
    @Operation(operationId = "markMessagesRead", summary = "Mark messages read, for the caller only",
            description = VIEW_ACTION_DESCRIPTION)
    @APIResponse(responseCode = "200", description = VIEW_ACTION_RESULT,
            content = @Content(schema = @Schema(implementation = BulkViewResult.class)))
    public BulkViewResult markMessagesRead(@Valid @NotNull BulkViewAction body) {
        return messages.apply(MessageReader.of(caller), ViewAction.MARK_READ, body.messageIds());
    }

    @POST
    @Path("/markUnread")
    @Operation(operationId = "markMessagesUnread", summary = "Mark messages unread, for the caller only",
            description = VIEW_ACTION_DESCRIPTION)
    @APIResponse(responseCode = "200", description = VIEW_ACTION_RESULT,
            content = @Content(schema = @Schema(implementation = BulkViewResult.class)))
    public BulkViewResult markMessagesUnread(@Valid @NotNull BulkViewAction body) {
        return messages.apply(MessageReader.of(caller), ViewAction.MARK_UNREAD, body.messageIds());
    }

    @POST
    @Path("/archive")
    @Operation(operationId = "archiveMessages",
            summary = "Archive messages, for the caller only (hidden from lists unless archived=true)",
            description = VIEW_ACTION_DESCRIPTION)
    @APIResponse(responseCode = "200", description = VIEW_ACTION_RESULT,
            content = @Content(schema = @Schema(implementation = BulkViewResult.class)))
    public BulkViewResult archiveMessages(@Valid @NotNull BulkViewAction body) {
        return messages.apply(MessageReader.of(caller), ViewAction.ARCHIVE, body.messageIds());
    }

    @POST
    @Path("/unarchive")
    @Operation(operationId = "unarchiveMessages", summary = "Bring archived messages back, for the caller only",
            description = VIEW_ACTION_DESCRIPTION)
    @APIResponse(responseCode = "200", description = VIEW_ACTION_RESULT,
            content = @Content(schema = @Schema(implementation = BulkViewResult.class)))
    public BulkViewResult unarchiveMessages(@Valid @NotNull BulkViewAction body) {
        return messages.apply(MessageReader.of(caller), ViewAction.UNARCHIVE, body.messageIds());
    }

    @POST
    @Path("/favorite")
    @Operation(operationId = "favoriteMessages", summary = "Mark messages as favorites, for the caller only",
            description = VIEW_ACTION_DESCRIPTION)
    @APIResponse(responseCode = "200", description = VIEW_ACTION_RESULT,
            content = @Content(schema = @Schema(implementation = BulkViewResult.class)))
    public BulkViewResult favoriteMessages(@Valid @NotNull BulkViewAction body) {
        return messages.apply(MessageReader.of(caller), ViewAction.FAVORITE, body.messageIds());
    }

    @POST
    @Path("/unfavorite")
    @Operation(operationId = "unfavoriteMessages", summary = "Take messages out of the favorites, for the caller only",
            description = VIEW_ACTION_DESCRIPTION)
    @APIResponse(responseCode = "200", description = VIEW_ACTION_RESULT,
            content = @Content(schema = @Schema(implementation = BulkViewResult.class)))
    public BulkViewResult unfavoriteMessages(@Valid @NotNull BulkViewAction body) {
        return messages.apply(MessageReader.of(caller), ViewAction.UNFAVORITE, body.messageIds());
    }

    private MessageView view(Seen seen, MessageReader reader) {
        return MessageView.from(seen.message(), seen.state(), seen.read(),
                reader.kind() == MessageReader.Kind.OPERATOR);
    }

}
