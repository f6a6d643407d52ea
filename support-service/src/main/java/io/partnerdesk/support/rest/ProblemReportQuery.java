package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.partnerdesk.support.ReportStatus;
import io.partnerdesk.support.repository.ProblemReportSearch.Filters;

/** The filters of {@code GET /api/v1/problem-reports}, typed and converted by JAX-RS ({@code QueryParamConverters}). */
public record ProblemReportQuery(
        @QueryParam("status") @Parameter(description = "Reports in this status") ReportStatus status,
        @QueryParam("customerId") @Parameter(description = "Only those of this customer") UUID customerId,
        @QueryParam("createdAfter") @Parameter(
                description = "RFC 3339 time: only reports created after it") Instant createdAfter) {

    Filters filters() {
        return new Filters(status, customerId, createdAfter);
    }
}
