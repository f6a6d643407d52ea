package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.partnerdesk.http.request.QueryParams;
import io.partnerdesk.support.RequestStatus;
import io.partnerdesk.support.Severity;
import io.partnerdesk.support.repository.SupportRequestSearch.Filters;

/**
 * The filters of {@code GET /api/v1/support-requests}, typed: JAX-RS converts each one ({@code QueryParamConverters}:
 * a wrong value is a 400 naming it) and the OpenAPI document shows its type and bounds.
 */
public record SupportRequestQuery(
        @QueryParam("status") @Parameter(description = "Requests in this status") RequestStatus status,
        @QueryParam("severity") @Parameter(description = "Requests of this severity") Severity severity,
        @QueryParam("customerId") @Parameter(description = "Only those about this customer") UUID customerId,
        @QueryParam("assignee") @Parameter(description = "Only those assigned to this engineer",
                schema = @Schema(type = SchemaType.STRING, maxLength = ASSIGNEE_MAX)) String assignee,
        @QueryParam("breached") @Parameter(
                description = "true: first response overdue or late; false: in time so far") Boolean breached,
        @QueryParam("dueBefore") @Parameter(
                description = "RFC 3339 time: still awaiting a first response that is due before it") Instant dueBefore) {

    static final int ASSIGNEE_MAX = 255;

    Filters filters() {
        return new Filters(status, severity, customerId, QueryParams.text("assignee", assignee, ASSIGNEE_MAX), breached,
                dueBefore);
    }
}
