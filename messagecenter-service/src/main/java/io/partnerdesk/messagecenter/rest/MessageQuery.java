package io.partnerdesk.messagecenter.rest;

import java.time.Instant;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.partnerdesk.http.request.QueryParams;
import io.partnerdesk.messagecenter.MessageCategory;
import io.partnerdesk.messagecenter.MessageKind;
import io.partnerdesk.messagecenter.MessageSeverity;
import io.partnerdesk.messagecenter.repository.MessageSearch.Filters;

/**
 * The filters of {@code GET /api/v1/messages}, typed: JAX-RS converts each one ({@code QueryParamConverters}: a wrong
 * value is a 400 naming it) and the OpenAPI document shows its type and bounds.
 */
public record MessageQuery(
        @QueryParam("category") @Parameter(description = "Messages of this category") MessageCategory category,
        @QueryParam("severity") @Parameter(description = "Messages of this severity") MessageSeverity severity,
        @QueryParam("service") @Parameter(description = "Messages about this service",
                schema = @Schema(type = SchemaType.STRING, maxLength = SERVICE_MAX)) String service,
        @QueryParam("tag") @Parameter(description = "Messages with this tag",
                schema = @Schema(type = SchemaType.STRING, maxLength = TAG_MAX)) String tag,
        @QueryParam("kind") @Parameter(description = "Announcements or notifications only") MessageKind kind,
        @QueryParam("unread") @Parameter(description = "true: unread only; false: read only") Boolean unread,
        @QueryParam("archived") @Parameter(
                description = "true: archived only (default: archived are hidden)") Boolean archived,
        @QueryParam("favorite") @Parameter(description = "true: favorites only") Boolean favorite,
        @QueryParam("since") @Parameter(
                description = "RFC 3339 time: messages created or changed since then") Instant since,
        @QueryParam("past") @Parameter(description = "true: include messages whose endsAt has passed") Boolean past,
        @QueryParam("subjectType") @Parameter(
                description = "Notifications about this kind of subject: subscription, change-request, support-request, problem-report or message (an acknowledgement reminder)",
                schema = @Schema(type = SchemaType.STRING, maxLength = SUBJECT_TYPE_MAX)) String subjectType,
        @QueryParam("subjectId") @Parameter(description = "Notifications about this subject (its id)",
                schema = @Schema(type = SchemaType.STRING, maxLength = SUBJECT_ID_MAX)) String subjectId,
        @QueryParam("acknowledged") @Parameter(
                description = "Customers only: true, messages requiring action that the caller's tenant acknowledged; false, those it has not yet") Boolean acknowledged) {

    static final int SERVICE_MAX = 100;
    static final int TAG_MAX = 60;
    static final int SUBJECT_TYPE_MAX = 40;
    static final int SUBJECT_ID_MAX = 100;

    Filters filters() {
        return new Filters(category, severity, QueryParams.text("service", service, SERVICE_MAX),
                QueryParams.text("tag", tag, TAG_MAX), kind, unread, archived, favorite, since,
                Boolean.TRUE.equals(past),
                QueryParams.text("subjectType", subjectType, SUBJECT_TYPE_MAX),
                QueryParams.text("subjectId", subjectId, SUBJECT_ID_MAX), acknowledged);
    }
}
