package io.partnerdesk.support.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import io.partnerdesk.http.paging.KeysetQuery;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.ProblemReport;
import io.partnerdesk.support.ProblemReport_;
import io.partnerdesk.support.ReportNote;
import io.partnerdesk.support.ReportNote_;
import io.partnerdesk.support.ReportStatus;
import io.partnerdesk.support.ReportTimelineEvent;
import io.partnerdesk.support.ReportTimelineEvent_;
import io.partnerdesk.support.SupportRequest;

/**
 * The lists of problem reports, each scoped to what the caller may see: operators everything, a partner its
 * customers' reports, a customer its tenant's; the partner's internal notes (and timeline entries about them) never
 * to the customer.
 */
@ApplicationScoped
public class ProblemReportSearch {

    /** Filters of the report list; null means no filter. */
    public record Filters(ReportStatus status, UUID customerId, Instant createdAfter) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public List<ProblemReport> reports(Filters filters, PageRequest page) {
        return KeysetQuery.of(em, ProblemReport.class)
                .where(this::visibleToCaller)
                .whereEqual(ProblemReport_.status, filters.status())
                .whereEqual(ProblemReport_.customerId, filters.customerId())
                .whereGiven(filters.createdAfter(),
                        (r, cb, after) -> cb.greaterThan(r.get(ProblemReport_.createdAt), after))
                .page(page);
    }

    /** The support requests the given reports were escalated as, by id, in one query. */
    public Map<UUID, SupportRequest> escalations(Collection<ProblemReport> reports) {
        List<UUID> ids = reports.stream().map(p -> p.supportRequestId).filter(id -> id != null).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from SupportRequest where id in :ids", SupportRequest.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(r -> r.id, Function.identity()));
    }

    /** Notes of a report the caller may already read. */
    public List<ReportNote> notes(UUID reportId, PageRequest page) {
        return KeysetQuery.of(em, ReportNote.class)
                .whereEqual(ReportNote_.reportId, reportId)
                .whereEqual(ReportNote_.visibility, visibilityLimit())
                .page(page);
    }

    /** Timeline of a report the caller may already read. */
    public List<ReportTimelineEvent> timeline(UUID reportId, PageRequest page) {
        return KeysetQuery.of(em, ReportTimelineEvent.class)
                .whereEqual(ReportTimelineEvent_.reportId, reportId)
                .whereEqual(ReportTimelineEvent_.visibility, visibilityLimit())
                .page(page);
    }

    private Predicate visibleToCaller(Root<ProblemReport> r, CriteriaBuilder cb) {
        if (caller.hasRole(Roles.OPERATOR)) {
            return cb.conjunction();
        }
        if (caller.isPartner()) {
            return cb.equal(r.get(ProblemReport_.partnerId), caller.requirePartnerId());
        }
        return cb.equal(r.get(ProblemReport_.customerId), caller.requireTenantId());
    }

    /** Customers see shared entries only; the partner and operators everything. */
    private NoteVisibility visibilityLimit() {
        return caller.isPartner() || caller.hasRole(Roles.OPERATOR) ? null : NoteVisibility.SHARED;
    }
}
