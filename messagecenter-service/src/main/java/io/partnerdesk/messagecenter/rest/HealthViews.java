package io.partnerdesk.messagecenter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.messagecenter.HealthIssue;
import io.partnerdesk.messagecenter.HealthIssuePost;
import io.partnerdesk.messagecenter.HealthIssueReport;
import io.partnerdesk.messagecenter.HealthStatus;
import io.partnerdesk.messagecenter.IssueClassification;

/** Request and response records of service health. */
public final class HealthViews {

    private HealthViews() {
    }

    @Schema(name = "ServiceHealth",
            description = "A service, its current status, its open issues and whether a planned maintenance window is in progress.")
    public record ServiceHealthView(@Schema(example = "Exchange Online") String service, HealthStatus status,
            Instant updatedAt, List<IssueSummary> openIssues,
            @Schema(description = "True while one of its planned maintenance windows is in progress") boolean underMaintenance) {
    }

    @Schema(name = "ServiceHealthOverview")
    public record Overview(List<ServiceHealthView> services) {
    }

    @Schema(name = "HealthIssueSummary")
    public record IssueSummary(UUID id, String title, IssueClassification classification, HealthStatus status) {

        public static IssueSummary from(HealthIssue i) {
            return new IssueSummary(i.id, i.title, i.classification, i.status);
        }
    }

    @Schema(name = "HealthIssue",
            description = "An incident or advisory on a service; posts are its timeline, oldest first.")
    public record IssueView(UUID id, @Schema(example = "Exchange Online") String service,
            @Schema(example = "Some users can't send email with attachments") String title,
            String impactDescription, IssueClassification classification, HealthStatus status,
            @Schema(nullable = true, example = "E-Mail and calendar access") String feature, boolean resolved,
            Instant startedAt, @Schema(nullable = true) Instant resolvedAt, Instant createdAt, Instant updatedAt,
            @Schema(description = "Present on a single issue, absent in lists", nullable = true) List<PostView> posts) {

        /** An issue in a list: its posts are read one issue at a time, so the list leaves them out. */
        public static IssueView summary(HealthIssue i) {
            return from(i, null);
        }

        public static IssueView from(HealthIssue i, List<HealthIssuePost> posts) {
            return new IssueView(i.id, i.service, i.title, i.impactDescription, i.classification, i.status, i.feature,
                    i.resolved, i.startedAt, i.resolvedAt, i.createdAt, i.updatedAt,
                    posts == null ? null : posts.stream().map(PostView::from).toList());
        }

        public static Cursor cursor(HealthIssue i) {
            return new Cursor(i.createdAt, i.id);
        }
    }

    @Schema(name = "HealthIssuePost")
    public record PostView(UUID id, @Schema(example = "vianet-operator") String author, String text,
            @Schema(nullable = true) HealthStatus status, Instant createdAt) {

        public static PostView from(HealthIssuePost p) {
            return new PostView(p.id, p.author, p.text, p.status, p.createdAt);
        }
    }

    @Schema(name = "NewHealthIssue", description = "An issue an operator opens; status defaults to investigating.")
    public record NewIssue(@NotBlank @Size(max = 100) @Schema(example = "Exchange Online") String service,
            @NotBlank @Size(max = 200) @Schema(example = "Some users can't send email with attachments") String title,
            @NotBlank @Size(max = 5000) @Schema(
                    example = "Users may be unable to send messages with attachments over 10 MB.") String impactDescription,
            @NotNull IssueClassification classification, HealthStatus status,
            @Size(max = 100) @Schema(example = "E-Mail and calendar access") String feature) {
    }

    @Schema(name = "NewHealthIssuePost",
            description = "An update on an issue; status, when given, moves the issue and its service.")
    public record NewPost(
            @NotBlank @Size(max = 10000) @Schema(
                    example = "We've identified a configuration change and are reverting it.") String text,
            HealthStatus status) {
    }

    @Schema(name = "HealthIssuePatch", description = """
            A correction of an issue's record; absent fields stay as they are. Status moves through posts, not here.""")
    public record IssuePatch(
            @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Schema(
                    example = "Some users can't send email with attachments over 10 MB") String title,
            @Size(min = 1, max = 5000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*",
                    message = "must not be blank") String impactDescription,
            IssueClassification classification,
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Schema(
                    example = "E-Mail and calendar access") String feature) {

        public boolean changesNothing() {
            return title == null && impactDescription == null && classification == null && feature == null;
        }
    }

    @Schema(name = "HealthIssueReport", description = "The post-incident report of an issue, in Markdown.")
    public record ReportView(UUID issueId,
            @Schema(example = "## What happened\nA configuration change...") String markdown,
            @Schema(example = "vianet-operator") String author, Instant createdAt, Instant updatedAt) {

        public static ReportView from(HealthIssueReport r) {
            return new ReportView(r.issueId, r.markdown, r.author, r.createdAt, r.updatedAt);
        }
    }
}
