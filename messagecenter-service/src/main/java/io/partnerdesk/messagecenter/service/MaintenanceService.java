package io.partnerdesk.messagecenter.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.paging.KeysetQuery;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.HealthService;
import io.partnerdesk.messagecenter.Maintenance;
import io.partnerdesk.messagecenter.MaintenanceStatus;
import io.partnerdesk.messagecenter.Maintenance_;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageCategory;
import io.partnerdesk.messagecenter.MessageSeverity;
import io.partnerdesk.messagecenter.rest.Audience;
import io.partnerdesk.messagecenter.rest.MaintenanceViews.NewMaintenance;
import io.partnerdesk.messagecenter.rest.NewMessage;
import io.quarkus.logging.Log;

/**
 * Planned maintenance: operators announce and cancel windows, everyone reads them. Announcing publishes a Message
 * Center announcement in the same transaction, so that a window is never published without its message, nor the
 * message without its window.
 */
@ApplicationScoped
public class MaintenanceService {

    /** Filters of the window list; null means no filter. */
    public record Filters(String service, MaintenanceStatus status, Instant from, Instant to) {
    }

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    MessageService messages;

    @Transactional
    public Maintenance announce(NewMaintenance request) {
        HealthService service = HealthService.findById(request.service());
        if (service == null) {
            throw MessageProblems.unknownService(request.service());
        }
        Instant now = Timestamps.now(clock);
        MaintenanceClock.requireAnnounceable(request.startsAt(), request.endsAt(), now);
        Message message = messages.publish(new NewMessage(TextRules.fit("Planned maintenance: " + service.name + ": "
                + request.title().trim(), Message.TITLE_MAX), announcement(service.name, request),
                MessageCategory.PLAN_FOR_CHANGE,
                MessageSeverity.NORMAL, Set.of(service.name), Set.of("maintenance"), false, request.startsAt(), null,
                request.endsAt(), new Audience(AudienceType.EVERYONE, List.of())));
        Maintenance m = new Maintenance();
        m.id = UUID.randomUUID();
        m.service = service.name;
        m.title = request.title().trim();
        m.description = request.description().trim();
        m.impact = request.impact().trim();
        m.startsAt = request.startsAt();
        m.endsAt = request.endsAt();
        m.messageId = message.id;
        m.createdBy = caller.displayName();
        m.createdAt = now;
        m.updatedAt = now;
        m.persistAndFlush();
        Log.infof("Maintenance %s of %s announced for %s–%s (message %s)", m.id, m.service, m.startsAt, m.endsAt,
                message.id);
        return m;
    }

    private static String announcement(String service, NewMaintenance request) {
        return request.description().trim() + "\n\nWhen: " + request.startsAt() + " to " + request.endsAt()
                + " (UTC).\nImpact: " + request.impact().trim() + "\nService: " + service + ".";
    }

    /**
     * Cancels a window that has not ended; its announcement ends now, and a short announcement tells everyone it
     * was told of it that the window is off.
     */
    @Transactional
    public Maintenance cancel(UUID id, String ifMatch, String reason) {
        Maintenance m = Maintenance.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw Problems.notFound("Maintenance", id);
        }
        ETags.requireMatch(ifMatch, m.version);
        Instant now = Timestamps.now(clock);
        MaintenanceClock.requireCancellable(MaintenanceClock.status(m.startsAt, m.endsAt, m.cancelledAt, now));
        m.cancelledAt = now;
        m.cancelReason = reason == null || reason.isBlank() ? null : reason.trim();
        m.updatedAt = now;
        m.persistAndFlush();
        Message announced = Message.findById(m.messageId, LockModeType.PESSIMISTIC_WRITE);
        if (announced != null && (announced.endsAt == null || announced.endsAt.isAfter(now))) {
            announced.endsAt = now;
            announced.updatedAt = now;
        }
        messages.publish(new NewMessage(TextRules.fit("Cancelled: planned maintenance of " + m.service + ": " + m.title,
                Message.TITLE_MAX),
                "The maintenance of " + m.service + " planned for " + m.startsAt + " to " + m.endsAt
                        + " (UTC) is cancelled." + (m.cancelReason == null ? "" : " " + m.cancelReason),
                MessageCategory.STAY_INFORMED, MessageSeverity.NORMAL, Set.of(m.service), Set.of("maintenance"),
                false, null, null, m.endsAt, new Audience(AudienceType.EVERYONE, List.of())));
        Log.infof("Maintenance %s of %s cancelled by %s", m.id, m.service, caller.displayName());
        return m;
    }

    public Maintenance get(UUID id) {
        Maintenance m = Maintenance.findById(id);
        if (m == null) {
            throw Problems.notFound("Maintenance", id);
        }
        return m;
    }

    public List<Maintenance> list(Filters filters, PageRequest page) {
        Instant now = Timestamps.now(clock);
        return KeysetQuery.of(Maintenance.getEntityManager(), Maintenance.class)
                .whereEqual(Maintenance_.service, filters.service())
                .whereGiven(filters.status(), (r, cb, status) -> inStatus(r, cb, status, now))
                .whereGiven(filters.from(), (r, cb, from) -> cb.greaterThan(r.get(Maintenance_.endsAt), from))
                .whereGiven(filters.to(), (r, cb, to) -> cb.lessThan(r.get(Maintenance_.startsAt), to))
                .page(page);
    }

    /** The services with a window in progress now, for the health overview. */
    public Set<String> underMaintenance() {
        Instant now = Timestamps.now(clock);
        return Set.copyOf(Maintenance.getEntityManager().createQuery(
                "select distinct m.service from Maintenance m where m.cancelledAt is null and m.startsAt <= :now"
                        + " and m.endsAt > :now",
                String.class).setParameter("now", now).getResultList());
    }

    /** {@link MaintenanceClock#status} as a query: the same boundaries (start inclusive, end exclusive). */
    private static Predicate inStatus(Root<Maintenance> r, CriteriaBuilder cb, MaintenanceStatus status, Instant now) {
        Predicate live = cb.isNull(r.get(Maintenance_.cancelledAt));
        return switch (status) {
            case CANCELLED -> cb.isNotNull(r.get(Maintenance_.cancelledAt));
            case SCHEDULED -> cb.and(live, cb.greaterThan(r.get(Maintenance_.startsAt), now));
            case IN_PROGRESS -> cb.and(live, cb.lessThanOrEqualTo(r.get(Maintenance_.startsAt), now),
                    cb.greaterThan(r.get(Maintenance_.endsAt), now));
            case COMPLETED -> cb.and(live, cb.lessThanOrEqualTo(r.get(Maintenance_.endsAt), now));
        };
    }
}
