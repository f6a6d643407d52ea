package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.support.HealthIssueLink;

@Schema(name = "HealthIssueLink",
        description = "A support request linked to a Message Center health issue; service and title as they were when linked.")
public record HealthIssueLinkView(UUID supportRequestId, UUID healthIssueId,
        @Schema(example = "Exchange Online") String service,
        @Schema(example = "Some users can't send email with attachments") String title,
        @Schema(example = "contoso-admin") String linkedBy, Instant linkedAt,
        @Schema(nullable = true,
                description = "When the issue's resolution was noted on the request (a shared note)") Instant resolutionNotedAt) {

    public static HealthIssueLinkView from(HealthIssueLink l) {
        return new HealthIssueLinkView(l.supportRequestId, l.healthIssueId, l.service, l.title, l.linkedBy, l.linkedAt,
                l.resolutionNotedAt);
    }
}
