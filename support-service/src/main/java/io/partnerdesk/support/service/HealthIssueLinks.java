package io.partnerdesk.support.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.partnerdesk.http.idempotency.AlreadyExists;
import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.support.HealthIssueLink;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.SupportTopic;
import io.partnerdesk.support.client.HealthIssueNotFoundException;
import io.partnerdesk.support.client.HealthIssueRecord;
import io.partnerdesk.support.client.ServiceHealthClient;
import io.partnerdesk.support.rest.HealthIssueLinkView;
import io.quarkus.logging.Log;

/**
 * Support requests and the health issues of messagecenter-service: the open issues a new request is told of, links a
 * partner or an engineer makes between a request and an issue, and the requests linked to one issue. Every call to
 * messagecenter-service is made with the caller's token and before any transaction opens.
 */
@ApplicationScoped
public class HealthIssueLinks {

    /** The most open issues a new request is told of (of one service: in practice a handful). */
    static final int RELATED_MAX = 20;

    /** The most health issues one request links; a request about more than this is about something else. */
    public static final int LINKS_PER_REQUEST_MAX = 20;

    /** The columns' sizes, as messagecenter-service bounds an issue's service and title. */
    private static final int SERVICE_MAX = 100;
    private static final int TITLE_MAX = 200;

    @Inject
    @RestClient
    ServiceHealthClient health;

    @Inject
    SupportRequestService requests;

    @Inject
    Timeline timeline;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** What a new request is told of: the open issues of its service, or that they could not be read. */
    public record Related(boolean available, List<HealthIssueRecord> issues) {

        static final Related NONE = new Related(true, List.of());
        static final Related UNAVAILABLE = new Related(false, List.of());
    }

    /** The service whose health requests on the topic depend on; null for an unknown topic or one without. */
    public String healthServiceOfTopic(UUID topicId) {
        SupportTopic topic = topicId == null ? null : SupportTopic.findById(topicId);
        return topic == null ? null : topic.healthService;
    }

    /**
     * The open issues of {@code service}, read with the caller's token. A failure never stops the filing it goes with:
     * the answer then says the issues are unavailable.
     */
    public Related openIssuesOf(String service) {
        if (service == null || service.isBlank()) {
            return Related.NONE;
        }
        try {
            var page = health.openIssues(service.trim(), false, RELATED_MAX);
            if (page == null || page.items() == null) {
                return Related.UNAVAILABLE;
            }
            return new Related(true, page.items().stream().filter(i -> !i.resolved()).toList());
        } catch (RuntimeException e) {
            Log.warnf("Open health issues of %s could not be read: %s", service, e.toString());
            return Related.UNAVAILABLE;
        }
    }

    /** The issue, as messagecenter-service shows it to the caller: 422 if it knows none, 503 if it cannot answer. */
    public HealthIssueRecord requireIssue(UUID healthIssueId) {
        HealthIssueRecord issue;
        try {
            issue = health.issue(healthIssueId);
        } catch (HealthIssueNotFoundException e) {
            throw SupportProblems.unknownHealthIssue(healthIssueId);
        } catch (RuntimeException e) {
            Log.warnf("Health issue %s could not be read: %s", healthIssueId, e.toString());
            throw SupportProblems.serviceHealthUnavailable();
        }
        if (issue == null || !healthIssueId.equals(issue.id())) {
            throw SupportProblems.unknownHealthIssue(healthIssueId);
        }
        return issue;
    }

    /**
     * Links the request to the issue (read by {@link #requireIssue} first). The request is locked, so two links made at
     * once are counted and written one after the other; linking again throws {@link AlreadyExists} with the existing
     * link (nothing was written).
     */
    @Transactional
    public HealthIssueLink link(UUID requestId, HealthIssueRecord issue) {
        SupportRequest r = requests.writable(requestId);
        RequestLifecycle.requireOpenForNotes(r.status);
        HealthIssueLink existing = HealthIssueLink.findById(new HealthIssueLink.Key(r.id, issue.id()));
        if (existing != null) {
            throw new AlreadyExists(HealthIssueLinkView.from(existing));
        }
        if (HealthIssueLink.count("supportRequestId", r.id) >= LINKS_PER_REQUEST_MAX) {
            throw SupportProblems.tooManyHealthIssueLinks(LINKS_PER_REQUEST_MAX);
        }
        Instant now = Timestamps.now(clock);
        HealthIssueLink link = new HealthIssueLink();
        link.supportRequestId = r.id;
        link.healthIssueId = issue.id();
        link.service = TextRules.fit(issue.service(), SERVICE_MAX);
        link.title = TextRules.fit(issue.title(), TITLE_MAX);
        link.linkedBy = caller.displayName();
        link.linkedByRole = caller.primaryRole();
        link.linkedAt = now;
        link.persist();
        timeline.shared(r.id, "health_issue_linked", "Linked to " + link.service + " health issue "
                + link.title, now);
        Log.infof("Support request %s linked to health issue %s by %s", r.id, issue.id(), caller.subject());
        return link;
    }

    @Transactional
    public void unlink(UUID requestId, UUID healthIssueId) {
        SupportRequest r = requests.writable(requestId);
        HealthIssueLink link = HealthIssueLink.findById(new HealthIssueLink.Key(r.id, healthIssueId));
        if (link == null) {
            throw SupportProblems.healthIssueNotLinked(requestId, healthIssueId);
        }
        link.delete();
        timeline.shared(r.id, "health_issue_unlinked", "Unlinked from " + link.service + " health issue "
                + link.title, Timestamps.now(clock));
        Log.infof("Support request %s unlinked from health issue %s by %s", r.id, healthIssueId, caller.subject());
    }

    /** The issues a request is linked to, oldest link first, for whoever may read the request. */
    public List<HealthIssueLink> linksOf(UUID requestId) {
        requests.readable(requestId, LockModeType.NONE);
        return HealthIssueLink.list("supportRequestId = ?1 order by linkedAt, healthIssueId", requestId);
    }

    /** A linked request with its link. */
    public record LinkedRequest(HealthIssueLink link, SupportRequest request) {
    }

    /** The requests linked to an issue that the caller may see: all for engineers and operators, a partner's own. */
    public List<LinkedRequest> requestsOf(UUID healthIssueId, PageRequest page) {
        StringBuilder jpql = new StringBuilder("select l, r from HealthIssueLink l, SupportRequest r"
                + " where r.id = l.supportRequestId and l.healthIssueId = :issue");
        String partner = scopePartner();
        if (partner != null) {
            jpql.append(" and r.partnerId = :partner");
        }
        if (page.after() != null) {
            jpql.append(" and (l.linkedAt > :at or (l.linkedAt = :at and l.supportRequestId > :id))");
        }
        jpql.append(" order by l.linkedAt, l.supportRequestId");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("issue", healthIssueId)
                .setMaxResults(page.fetchSize());
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        if (page.after() != null) {
            query.setParameter("at", page.after().createdAt()).setParameter("id", page.after().id());
        }
        return query.getResultList().stream()
                .map(row -> new LinkedRequest((HealthIssueLink) row[0], (SupportRequest) row[1])).toList();
    }

    /** How many requests linked to the issue the caller may see (a partner: its own). */
    public long countOf(UUID healthIssueId) {
        String partner = scopePartner();
        String jpql = "select count(l) from HealthIssueLink l, SupportRequest r"
                + " where r.id = l.supportRequestId and l.healthIssueId = :issue"
                + (partner == null ? "" : " and r.partnerId = :partner");
        var query = em.createQuery(jpql, Long.class).setParameter("issue", healthIssueId);
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        return query.getSingleResult();
    }

    /** Null for engineers and operators (every request); the partner's id for a partner. */
    private String scopePartner() {
        if (caller.hasRole(Roles.SUPPORT_ENGINEER) || caller.hasRole(Roles.OPERATOR)) {
            return null;
        }
        return caller.requirePartnerId();
    }
}
