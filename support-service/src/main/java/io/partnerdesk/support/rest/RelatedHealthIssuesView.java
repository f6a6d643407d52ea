package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.partnerdesk.support.client.HealthIssueRecord;
import io.partnerdesk.support.service.HealthIssueLinks;

/** What a new request or report is told of: the open health issues of its service, when they could be read. */
@Schema(name = "RelatedHealthIssues", description = """
        The open health issues of the service a new support request or problem report is about, as the Message Center \
        showed them when it was filed: a known incident may already explain the problem. availability is unavailable \
        when the Message Center could not be asked (the request or report was filed all the same).""")
public record RelatedHealthIssuesView(Availability availability, List<Issue> issues) {

    public enum Availability {
        @JsonProperty("available")
        AVAILABLE,
        @JsonProperty("unavailable")
        UNAVAILABLE
    }

    @Schema(name = "RelatedHealthIssue", description = "An open health issue; read it in full from the Message Center.")
    public record Issue(UUID id, @Schema(example = "Exchange Online") String service,
            @Schema(example = "Some users can't send email with attachments") String title,
            @Schema(example = "incident") String classification,
            @Schema(example = "serviceDegradation") String status, Instant startedAt) {

        static Issue from(HealthIssueRecord r) {
            return new Issue(r.id(), r.service(), r.title(), r.classification(), r.status(), r.startedAt());
        }
    }

    public static RelatedHealthIssuesView from(HealthIssueLinks.Related related) {
        return new RelatedHealthIssuesView(related.available() ? Availability.AVAILABLE : Availability.UNAVAILABLE,
                related.issues().stream().map(Issue::from).toList());
    }
}
