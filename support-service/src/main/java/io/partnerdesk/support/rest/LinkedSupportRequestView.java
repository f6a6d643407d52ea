package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.support.RequestStatus;
import io.partnerdesk.support.Severity;
import io.partnerdesk.support.service.HealthIssueLinks.LinkedRequest;

@Schema(name = "LinkedSupportRequest", description = "A support request linked to a health issue.")
public record LinkedSupportRequestView(UUID supportRequestId, @Schema(example = "SR-001042") String number,
        @Schema(example = "contoso") String partnerId, UUID customerId, String title, RequestStatus status,
        Severity severity, Instant linkedAt, @Schema(nullable = true) Instant resolutionNotedAt) {

    public static LinkedSupportRequestView from(LinkedRequest l) {
        return new LinkedSupportRequestView(l.request().id, l.request().displayNumber(), l.request().partnerId,
                l.request().customerId, l.request().title, l.request().status, l.request().severity, l.link().linkedAt,
                l.link().resolutionNotedAt);
    }

    public static Cursor cursor(LinkedRequest l) {
        return new Cursor(l.link().linkedAt, l.request().id);
    }

    @Schema(name = "LinkedSupportRequests", description = """
            The support requests linked to a health issue that the caller may see (engineers and operators: all; a \
            partner: its own), a page at a time, with how many there are in all.""")
    public record Page(UUID healthIssueId,
            @Schema(description = "Linked requests the caller may see, in all") long count,
            List<LinkedSupportRequestView> items,
            @Schema(description = "Pass as ?cursor= to get the next page; null on the last page.",
                    nullable = true) String nextCursor) {
    }
}
