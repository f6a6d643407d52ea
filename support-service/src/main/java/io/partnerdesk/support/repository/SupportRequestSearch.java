package io.partnerdesk.support.repository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import io.partnerdesk.http.paging.KeysetQuery;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.RequestNote;
import io.partnerdesk.support.RequestNote_;
import io.partnerdesk.support.RequestStatus;
import io.partnerdesk.support.Severity;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.SupportRequest_;
import io.partnerdesk.support.TimelineEvent;
import io.partnerdesk.support.TimelineEvent_;

/**
 * The lists of support-service, each scoped to what the caller may see: engineers everything, a partner its own
 * requests, a customer its tenant's; notes and timeline entries about internal notes only for engineers.
 */
@ApplicationScoped
public class SupportRequestSearch {

    /** Filters of the request list; null means no filter. */
    public record Filters(RequestStatus status, Severity severity, UUID customerId, String assignee, Boolean breached,
            Instant dueBefore) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public List<SupportRequest> requests(Filters filters, PageRequest page) {
        return KeysetQuery.of(em, SupportRequest.class)
                .where(this::visibleToCaller)
                .whereEqual(SupportRequest_.status, filters.status())
                .whereEqual(SupportRequest_.severity, filters.severity())
                .whereEqual(SupportRequest_.customerId, filters.customerId())
                .whereEqual(SupportRequest_.assignee, filters.assignee())
                .whereGiven(filters.breached(), this::breached)
                .whereGiven(filters.dueBefore(), SupportRequestSearch::dueBefore)
                .page(page);
    }

    /** Notes of a request the caller may already read. */
    public List<RequestNote> notes(UUID requestId, PageRequest page) {
        return KeysetQuery.of(em, RequestNote.class)
                .whereEqual(RequestNote_.requestId, requestId)
                .whereEqual(RequestNote_.visibility, visibilityLimit())
                .page(page);
    }

    /** Timeline of a request the caller may already read. */
    public List<TimelineEvent> timeline(UUID requestId, PageRequest page) {
        return KeysetQuery.of(em, TimelineEvent.class)
                .whereEqual(TimelineEvent_.requestId, requestId)
                .whereEqual(TimelineEvent_.visibility, visibilityLimit())
                .page(page);
    }

    private Predicate visibleToCaller(Root<SupportRequest> r, CriteriaBuilder cb) {
        if (caller.hasRole(Roles.SUPPORT_ENGINEER)) {
            return cb.conjunction();
        }
        if (caller.isPartner()) {
            return cb.equal(r.get(SupportRequest_.partnerId), caller.requirePartnerId());
        }
        return cb.equal(r.get(SupportRequest_.customerId), caller.requireTenantId());
    }

    /** Engineers see internal entries too (no limit); everyone else the shared ones only. */
    private NoteVisibility visibilityLimit() {
        return caller.hasRole(Roles.SUPPORT_ENGINEER) ? null : NoteVisibility.SHARED;
    }

    /**
     * Breached: still unanswered past the due time, or answered late. Spelled out both ways: with a null
     * firstRespondedAt, a negation would be unknown and match nothing.
     */
    private Predicate breached(Root<SupportRequest> r, CriteriaBuilder cb, boolean breached) {
        Path<Instant> respondedAt = r.get(SupportRequest_.firstRespondedAt);
        Path<Instant> dueAt = r.get(SupportRequest_.firstResponseDueAt);
        Instant now = Timestamps.now(clock);
        return breached
                ? cb.or(cb.and(cb.isNull(respondedAt), cb.lessThan(dueAt, now)),
                        cb.and(cb.isNotNull(respondedAt), cb.greaterThan(respondedAt, dueAt)))
                : cb.or(cb.and(cb.isNull(respondedAt), cb.greaterThanOrEqualTo(dueAt, now)),
                        cb.and(cb.isNotNull(respondedAt), cb.lessThanOrEqualTo(respondedAt, dueAt)));
    }

    /** "Due soon": still waiting for a first response and due before the given time. */
    private static Predicate dueBefore(Root<SupportRequest> r, CriteriaBuilder cb, Instant dueBefore) {
        return cb.and(cb.isNull(r.get(SupportRequest_.firstRespondedAt)),
                cb.lessThan(r.get(SupportRequest_.firstResponseDueAt), dueBefore));
    }
}
