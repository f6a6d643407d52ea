package io.partnerdesk.messagecenter.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.paging.KeysetQuery;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.HealthIssue;
import io.partnerdesk.messagecenter.HealthIssuePost;
import io.partnerdesk.messagecenter.HealthIssueReport;
import io.partnerdesk.messagecenter.HealthIssue_;
import io.partnerdesk.messagecenter.HealthService;
import io.partnerdesk.messagecenter.HealthStatus;
import io.partnerdesk.messagecenter.IssueClassification;
import io.partnerdesk.messagecenter.event.HealthIssueEvents;
import io.partnerdesk.messagecenter.rest.HealthViews.IssuePatch;
import io.partnerdesk.messagecenter.rest.HealthViews.IssueSummary;
import io.partnerdesk.messagecenter.rest.HealthViews.NewIssue;
import io.partnerdesk.messagecenter.rest.HealthViews.NewPost;
import io.partnerdesk.messagecenter.rest.HealthViews.Overview;
import io.partnerdesk.messagecenter.rest.HealthViews.ServiceHealthView;
import io.partnerdesk.messagecenter.webhook.WebhookEventTypes;
import io.partnerdesk.messagecenter.webhook.WebhookFanOut;
import io.quarkus.logging.Log;

/** Service health: every authenticated caller reads it; operators open issues and post updates that move status. */
@ApplicationScoped
public class ServiceHealthService {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    WebhookFanOut webhooks;

    @Inject
    MaintenanceService maintenances;

    @Inject
    HealthIssueEvents events;

    /** Every service with its status, open issues and maintenance: three queries, whatever the number of services. */
    public Overview overview() {
        List<HealthService> services = HealthService.list("order by name");
        Map<String, List<HealthIssue>> open = HealthIssue.<HealthIssue> list("resolved = false order by createdAt")
                .stream().collect(Collectors.groupingBy(issue -> issue.service));
        java.util.Set<String> underMaintenance = maintenances.underMaintenance();
        return new Overview(services.stream().map(s -> new ServiceHealthView(s.name, s.status, s.updatedAt,
                open.getOrDefault(s.name, List.of()).stream().map(IssueSummary::from).toList(),
                underMaintenance.contains(s.name))).toList());
    }

    /** Filters of the issue list; null means no filter. */
    public record IssueFilters(String service, IssueClassification classification, HealthStatus status,
            Boolean resolved) {
    }

    public List<HealthIssue> issues(IssueFilters filters, PageRequest page) {
        return KeysetQuery.of(HealthIssue.getEntityManager(), HealthIssue.class)
                .whereEqual(HealthIssue_.service, filters.service())
                .whereEqual(HealthIssue_.classification, filters.classification())
                .whereEqual(HealthIssue_.status, filters.status())
                .whereEqual(HealthIssue_.resolved, filters.resolved())
                .page(page);
    }

    public HealthIssue issue(UUID id) {
        HealthIssue issue = HealthIssue.findById(id);
        if (issue == null) {
            throw Problems.notFound("Health issue", id);
        }
        return issue;
    }

    public List<HealthIssuePost> posts(UUID issueId) {
        return HealthIssuePost.list("issueId = ?1 order by createdAt, id", issueId);
    }

    @Transactional
    public HealthIssue open(NewIssue request) {
        HealthService service = HealthService.findById(request.service(), LockModeType.PESSIMISTIC_WRITE);
        if (service == null) {
            throw MessageProblems.unknownService(request.service());
        }
        Instant now = Timestamps.now(clock);
        HealthIssue issue = new HealthIssue();
        issue.id = UUID.randomUUID();
        issue.service = service.name;
        issue.title = request.title().trim();
        issue.impactDescription = request.impactDescription().trim();
        issue.classification = request.classification();
        issue.status = request.status() == null ? HealthStatus.INVESTIGATING : request.status();
        issue.feature = request.feature();
        issue.resolved = issue.status.resolvesIssue();
        issue.resolvedAt = issue.resolved ? now : null;
        issue.startedAt = now;
        issue.createdAt = now;
        issue.updatedAt = now;
        issue.persistAndFlush();
        refreshServiceStatus(service, now);
        webhooks.publish(webhooks.payloads().of(WebhookEventTypes.HEALTH_ISSUE_CREATED, issue, null, now));
        Log.infof("Health issue %s opened on %s: %s", issue.id, service.name, issue.status);
        return issue;
    }

    /** Adds a post; its status, if any, moves the issue and then the service (locked in that order). */
    @Transactional
    public HealthIssuePost post(UUID issueId, String ifMatch, NewPost request) {
        HealthIssue issue = HealthIssue.findById(issueId, LockModeType.PESSIMISTIC_WRITE);
        if (issue == null) {
            throw Problems.notFound("Health issue", issueId);
        }
        ETags.requireMatch(ifMatch, issue.version);
        boolean resolvedBefore = issue.resolved;
        Instant now = Timestamps.now(clock);
        HealthIssuePost post = new HealthIssuePost();
        post.id = UUID.randomUUID();
        post.issueId = issue.id;
        post.author = caller.displayName();
        post.text = request.text().trim();
        post.status = request.status();
        post.createdAt = now;
        post.persist();
        if (request.status() != null) {
            issue.status = request.status();
            boolean resolves = request.status().resolvesIssue();
            if (resolves && !issue.resolved) {
                issue.resolvedAt = now;
            }
            if (!resolves) {
                issue.resolvedAt = null;
            }
            issue.resolved = resolves;
        }
        issue.updatedAt = now;
        issue.persistAndFlush();
        refreshServiceStatus(HealthService.findById(issue.service, LockModeType.PESSIMISTIC_WRITE), now);
        boolean resolvedNow = issue.resolved && !resolvedBefore;
        webhooks.publish(webhooks.payloads().of(resolvedNow
                ? WebhookEventTypes.HEALTH_ISSUE_RESOLVED
                : WebhookEventTypes.HEALTH_ISSUE_UPDATED, issue, post, now));
        if (resolvedNow) {
            // support-service notes the resolution on the open requests linked to the issue (same transaction).
            events.resolved(issue, post);
        }
        return post;
    }

    private void refreshServiceStatus(HealthService service, Instant now) {
        HealthStatus status = HealthRules
                .serviceStatus(HealthIssue.list("service = ?1 and resolved = false", service.name));
        if (status != service.status) {
            Log.infof("Service %s is now %s", service.name, status);
            service.status = status;
            service.updatedAt = now;
        }
    }

    /** Corrects the issue's record (not its status: posts move that); webhooks hear of it as an update. */
    @Transactional
    public HealthIssue correct(UUID issueId, String ifMatch, IssuePatch patch) {
        if (patch.changesNothing()) {
            throw Problems.invalid("body", "name at least one field to change");
        }
        HealthIssue issue = HealthIssue.findById(issueId, LockModeType.PESSIMISTIC_WRITE);
        if (issue == null) {
            throw Problems.notFound("Health issue", issueId);
        }
        ETags.requireMatch(ifMatch, issue.version);
        if (patch.title() != null) {
            issue.title = patch.title().trim();
        }
        if (patch.impactDescription() != null) {
            issue.impactDescription = patch.impactDescription().trim();
        }
        if (patch.classification() != null) {
            issue.classification = patch.classification();
        }
        if (patch.feature() != null) {
            issue.feature = patch.feature().trim();
        }
        Instant now = Timestamps.now(clock);
        issue.updatedAt = now;
        issue.persistAndFlush();
        webhooks.publish(webhooks.payloads().of(WebhookEventTypes.HEALTH_ISSUE_UPDATED, issue, null, now));
        Log.infof("Health issue %s corrected by %s", issue.id, caller.displayName());
        return issue;
    }

    /** The issue's post-incident report; 404 when the issue has none (yet). */
    public HealthIssueReport report(UUID issueId) {
        issue(issueId);
        HealthIssueReport report = HealthIssueReport.findById(issueId);
        if (report == null) {
            throw MessageProblems.noIncidentReport(issueId);
        }
        return report;
    }

    /** A report written, and whether it is the first one. */
    public record SavedReport(HealthIssueReport report, boolean created) {
    }

    /**
     * Writes the post-incident report: the first write creates it, a replacement needs its ETag (428 without, 412
     * stale). The issue is locked first, so that two first writes queue instead of racing to the primary key.
     */
    @Transactional
    public SavedReport writeReport(UUID issueId, String ifMatch, byte[] body) {
        HealthIssue issue = HealthIssue.findById(issueId, LockModeType.PESSIMISTIC_WRITE);
        if (issue == null) {
            throw Problems.notFound("Health issue", issueId);
        }
        String markdown = HealthRules.reportText(body);
        HealthIssueReport report = HealthIssueReport.findById(issueId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Timestamps.now(clock);
        boolean created = report == null;
        if (created) {
            report = new HealthIssueReport();
            report.issueId = issueId;
            report.createdAt = now;
        } else {
            ETags.requireMatch(ifMatch, report.version);
        }
        report.markdown = markdown;
        report.author = caller.displayName();
        report.updatedAt = now;
        report.persistAndFlush();
        Log.infof("Post-incident report of health issue %s %s (%d characters)", issueId,
                created ? "written" : "replaced", markdown.length());
        return new SavedReport(report, created);
    }
}
