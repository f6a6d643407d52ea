package io.partnerdesk.messagecenter.rest;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.partnerdesk.http.request.QueryParams;
import io.partnerdesk.messagecenter.WebhookDelivery;

/** Filters of a webhook's delivery log. */
public record WebhookDeliveryQuery(
        @QueryParam("status") @Parameter(description = "Only deliveries in this state") WebhookDelivery.State status,
        @QueryParam("eventType") @Parameter(description = "Only deliveries of this event type",
                schema = @Schema(maxLength = 60)) String eventType) {

    public String eventTypeFilter() {
        return QueryParams.text("eventType", eventType, 60);
    }
}
