package io.partnerdesk.messagecenter.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.partnerdesk.http.request.QueryParams;
import io.partnerdesk.messagecenter.HealthStatus;
import io.partnerdesk.messagecenter.IssueClassification;
import io.partnerdesk.messagecenter.service.ServiceHealthService.IssueFilters;

/**
 * The filters of {@code GET /api/v1/service-health/issues}, typed: JAX-RS converts each one
 * ({@code QueryParamConverters}: a wrong value is a 400 naming it) and the OpenAPI document shows its type.
 */
public record HealthIssueQuery(
        @QueryParam("service") @Parameter(description = "Issues of this service",
                schema = @Schema(type = SchemaType.STRING, maxLength = SERVICE_MAX)) String service,
        @QueryParam("classification") @Parameter(
                description = "Incidents or advisories only") IssueClassification classification,
        @QueryParam("status") @Parameter(description = "Issues in this status") HealthStatus status,
        @QueryParam("resolved") @Parameter(
                description = "true: resolved issues only; false: open ones") Boolean resolved) {

    static final int SERVICE_MAX = 100;

    IssueFilters filters() {
        return new IssueFilters(QueryParams.text("service", service, SERVICE_MAX), classification, status, resolved);
    }
}
