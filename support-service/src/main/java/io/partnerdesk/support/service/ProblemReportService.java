package io.partnerdesk.support.service;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.ProblemReport;
import io.partnerdesk.support.ReportNote;
import io.partnerdesk.support.ReportStatus;
import io.partnerdesk.support.ReportTimelineEvent;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.client.CustomerRecord;
import io.partnerdesk.support.client.SupportContactRecord;
import io.partnerdesk.support.config.SupportConfig;
import io.partnerdesk.support.event.ProblemReportEvents;
import io.partnerdesk.support.repository.ProblemReportSearch;
import io.partnerdesk.support.rest.Contact;
import io.partnerdesk.support.rest.EscalateProblemReport;
import io.partnerdesk.support.rest.NewNote;
import io.partnerdesk.support.rest.NewProblemReport;
import io.partnerdesk.support.rest.NewSupportRequest;
import io.partnerdesk.support.rest.ProblemReportPatch;
import io.partnerdesk.support.rest.Triage;
import io.partnerdesk.support.service.PartnerResponseClock.SupportHours;
import io.partnerdesk.support.service.ReportLifecycle.Actor;
import io.quarkus.logging.Log;

/**
 * Problem reports: the customer reports to its partner, the partner takes, resolves or escalates them (as a support
 * request at 21Vianet, through {@link SupportRequestService} with all its checks), operators read them all. Every
 * change lands in the report's timeline and, when the other side should hear of it, in the outbox.
 */
@ApplicationScoped
public class ProblemReportService {

    /** Clock skew allowed on {@code occurredAt}: a customer's clock a little ahead is not an error. */
    static final Duration OCCURRED_AT_SKEW = Duration.ofMinutes(5);
    static final int DESCRIPTION_MAX = 10000;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    SupportConfig config;

    @Inject
    ReportTimeline timeline;

    @Inject
    ProblemReportEvents events;

    @Inject
    ProblemReportSearch search;

    @Inject
    SupportRequestService supportRequests;

    /** Files the calling customer's report with the partner {@code contact} names (read before the transaction). */
    @Transactional
    public ProblemReport create(SupportContactRecord contact, NewProblemReport body) {
        Instant now = Timestamps.now(clock);
        if (body.occurredAt() != null && body.occurredAt().isAfter(now.plus(OCCURRED_AT_SKEW))) {
            throw Problems.invalid("occurredAt", "must not be in the future");
        }
        ProblemReport p = new ProblemReport();
        p.id = UUID.randomUUID();
        p.number = ((Number) em.createNativeQuery("select nextval('problem_report_numbers')").getSingleResult())
                .longValue();
        p.customerId = contact.customerId();
        p.partnerId = contact.partnerId();
        p.customerName = TextRules.fit(contact.companyName() == null ? "Customer " + contact.customerId()
                : contact.companyName(), 200);
        p.title = body.title().trim();
        p.description = body.description().trim();
        p.serviceName = trimmedOrNull(body.serviceName());
        p.subscriptionId = body.subscriptionId();
        p.impact = body.impact();
        setContact(p, body.contact());
        p.occurredAt = body.occurredAt();
        p.status = ReportStatus.NEW;
        p.createdAt = now;
        p.updatedAt = now;
        p.partnerResponseDueAt = responseDue(contact, now);
        p.persist();
        timeline.shared(p.id, "created", "Reported to " + p.partnerId + ", impact " + p.impact.jsonName()
                + (p.partnerResponseDueAt == null ? "" : ", partner response due " + p.partnerResponseDueAt), now);
        p.persistAndFlush();
        events.created(p);
        Log.infof("Problem report %s (%s) filed by customer %s for partner %s, response due %s", p.id,
                p.displayNumber(), p.customerId, p.partnerId, p.partnerResponseDueAt);
        return p;
    }

    /** A partner's customers', a customer's own, everything for operators. */
    public List<ProblemReport> list(ProblemReportSearch.Filters filters, PageRequest page) {
        return search.reports(filters, page);
    }

    /** The support requests these reports were escalated as, by id. */
    public Map<UUID, SupportRequest> escalations(Collection<ProblemReport> reports) {
        return search.escalations(reports);
    }

    public SupportRequest escalationOf(ProblemReport p) {
        return p.supportRequestId == null ? null : SupportRequest.findById(p.supportRequestId);
    }

    public ProblemReport get(UUID id) {
        return readable(id, LockModeType.NONE);
    }

    @Transactional
    public ProblemReport change(UUID id, String ifMatch, ProblemReportPatch patch) {
        if (patch.changesNothing()) {
            throw Problems.invalid("body", "name at least one field to change");
        }
        if (patch.status() == ReportStatus.RESOLVED || patch.status() == ReportStatus.ESCALATED) {
            throw SupportProblems.statusNeedsAction(patch.status());
        }
        ProblemReport p = readable(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, p.version);
        if (p.status == ReportStatus.CLOSED) {
            throw SupportProblems.reportClosed();
        }
        Actor actor = actor();
        Instant now = Timestamps.now(clock);
        ReportStatus before = p.status;
        boolean edited = patch.editsReport() && edit(p, patch, actor, now);
        if (patch.status() != null && patch.status() != p.status) {
            ReportLifecycle.requireTransition(actor, p.status, patch.status(), now, p.resolvedAt,
                    config.reopenWindow());
            moveTo(p, patch.status(), actor, now);
        }
        if (edited || p.status != before) {
            p.updatedAt = now;
            p.persistAndFlush();
            events.updated(p, before.jsonName(), caller.primaryRole());
        }
        return p;
    }

    private boolean edit(ProblemReport p, ProblemReportPatch patch, Actor actor, Instant now) {
        if (actor != Actor.CUSTOMER) {
            throw SupportProblems.customerOnly("The report's title, description, service, impact and contact are");
        }
        ReportLifecycle.requireCustomerEditable(p.status);
        StringBuilder edited = new StringBuilder();
        if (patch.title() != null && !patch.title().trim().equals(p.title)) {
            p.title = patch.title().trim();
            edited.append("title ");
        }
        if (patch.description() != null && !patch.description().trim().equals(p.description)) {
            p.description = patch.description().trim();
            edited.append("description ");
        }
        if (patch.serviceName() != null && !patch.serviceName().trim().equals(p.serviceName)) {
            p.serviceName = patch.serviceName().trim();
            edited.append("serviceName ");
        }
        if (patch.impact() != null && patch.impact() != p.impact) {
            p.impact = patch.impact();
            edited.append("impact ");
        }
        if (patch.contact() != null) {
            setContact(p, patch.contact());
            edited.append("contact ");
        }
        if (edited.isEmpty()) {
            return false;
        }
        timeline.shared(p.id, "edited", "Edited " + edited.toString().trim().replace(' ', ','), now);
        return true;
    }

    /** The partner resolves the report with the words the customer reads. */
    @Transactional
    public ProblemReport resolve(UUID id, String ifMatch, String resolution) {
        ProblemReport p = partnersOwn(id);
        ETags.requireMatch(ifMatch, p.version);
        Instant now = Timestamps.now(clock);
        ReportLifecycle.requireTransition(Actor.PARTNER, p.status, ReportStatus.RESOLVED, now, p.resolvedAt,
                config.reopenWindow());
        p.resolution = resolution.trim();
        moveTo(p, ReportStatus.RESOLVED, Actor.PARTNER, now);
        p.updatedAt = now;
        p.persistAndFlush();
        events.resolved(p);
        return p;
    }

    /**
     * Escalates to 21Vianet: files a support request for {@code customer} (whose ownership the caller proved before
     * the transaction) with the report's account of the problem, links the two both ways and moves the report to
     * escalated. All in one transaction: either both exist and point at each other, or neither changed.
     */
    @Transactional
    public Escalated escalate(UUID id, String ifMatch, EscalateProblemReport body, CustomerRecord customer) {
        ProblemReport p = partnersOwn(id);
        ETags.requireMatch(ifMatch, p.version);
        if (p.supportRequestId != null) {
            SupportRequest earlier = SupportRequest.findById(p.supportRequestId);
            throw SupportProblems.alreadyEscalated(earlier.displayNumber());
        }
        Instant now = Timestamps.now(clock);
        ReportLifecycle.requireTransition(Actor.PARTNER, p.status, ReportStatus.ESCALATED, now, p.resolvedAt,
                config.reopenWindow());
        Contact contact = body.contact() != null ? body.contact()
                : new Contact(p.contactName, p.contactEmail, p.contactPhone);
        Triage triage = body.triage().customerImpact() != null ? body.triage()
                : new Triage(body.triage().stepsTaken(), impactInWords(p));
        SupportRequest request = supportRequests.create(customer, new NewSupportRequest(p.customerId,
                body.topicId(), p.title, escalationDescription(p), body.severity(), contact, triage));
        request.problemReportId = p.id;
        p.supportRequestId = request.id;
        moveTo(p, ReportStatus.ESCALATED, Actor.PARTNER, now);
        p.updatedAt = now;
        p.persistAndFlush();
        events.escalated(p, request);
        Log.infof("Problem report %s (%s) escalated as support request %s (%s)", p.id, p.displayNumber(), request.id,
                request.displayNumber());
        return new Escalated(p, request);
    }

    /** A report and the support request it was just escalated as. */
    public record Escalated(ProblemReport report, SupportRequest request) {
    }

    @Transactional
    public ReportNote addNote(UUID id, NewNote body) {
        ProblemReport p = readable(id, LockModeType.PESSIMISTIC_WRITE);
        NoteVisibility visibility = body.visibilityOrShared();
        Actor actor = actor();
        if (visibility == NoteVisibility.INTERNAL && actor != Actor.PARTNER) {
            throw SupportProblems.internalNotesForPartners();
        }
        ReportLifecycle.requireOpenForNotes(p.status);
        Instant now = Timestamps.now(clock);
        ReportNote note = timeline.note(p.id, body.text().trim(), visibility, now);
        if (visibility == NoteVisibility.SHARED) {
            if (actor == Actor.PARTNER) {
                responded(p, now);
            }
            events.sharedNoteAdded(p, note.authorRole);
        }
        p.updatedAt = now;
        p.persistAndFlush();
        return note;
    }

    /** Notes the caller may see: the partner and operators all, the customer the shared ones. */
    public List<ReportNote> notes(UUID id, PageRequest page) {
        readable(id, LockModeType.NONE);
        return search.notes(id, page);
    }

    /** Timeline entries the caller may see: those about internal notes are the partner's. */
    public List<ReportTimelineEvent> timeline(UUID id, PageRequest page) {
        readable(id, LockModeType.NONE);
        return search.timeline(id, page);
    }

    private void moveTo(ProblemReport p, ReportStatus to, Actor actor, Instant now) {
        ReportStatus from = p.status;
        p.status = to;
        String detail = from.jsonName() + " → " + to.jsonName();
        switch (to) {
            case RESOLVED -> {
                p.resolvedAt = now;
                detail += ": " + p.resolution;
            }
            case CLOSED -> p.closedAt = now;
            case IN_PROGRESS -> {
                if (from == ReportStatus.RESOLVED) {
                    p.resolvedAt = null;
                    p.resolution = null;
                    detail += " (reopened)";
                }
            }
            case ESCALATED -> detail += " as support request "
                    + SupportRequest.<SupportRequest> findById(p.supportRequestId).displayNumber();
            default -> {
            }
        }
        if (actor == Actor.PARTNER) {
            responded(p, now);
        }
        timeline.shared(p.id, "status_changed", detail, now);
        Log.infof("Problem report %s moved %s → %s", p.id, from.jsonName(), to.jsonName());
    }

    /** The partner's first shared note, or first move of the report, is its first response. */
    private static void responded(ProblemReport p, Instant now) {
        if (p.partnerRespondedAt == null) {
            p.partnerRespondedAt = now;
        }
    }

    private Actor actor() {
        return caller.isPartner() ? Actor.PARTNER : Actor.CUSTOMER;
    }

    private ProblemReport readable(UUID id, LockModeType lock) {
        ProblemReport p = ProblemReport.findById(id, lock);
        if (caller.hasRole(Roles.OPERATOR)) {
            if (p == null) {
                throw Problems.notFound("Problem report", id);
            }
            return p;
        }
        return caller.requireReadable(p, "Problem report", id);
    }

    /** Locked for the partner's change; the customer, who may read it, is told the step is its partner's. */
    private ProblemReport partnersOwn(UUID id) {
        ProblemReport p = readable(id, LockModeType.PESSIMISTIC_WRITE);
        if (!caller.isOwningPartner(p)) {
            throw SupportProblems.partnerOnly("Resolving or escalating a problem report");
        }
        return p;
    }

    private static void setContact(ProblemReport p, Contact contact) {
        p.contactName = contact.name().trim();
        p.contactEmail = contact.email().trim();
        p.contactPhone = contact.phone();
    }

    private static String trimmedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** What 21Vianet reads: the facts of the report first, then the customer's own words, cut to the column. */
    static String escalationDescription(ProblemReport p) {
        StringBuilder facts = new StringBuilder("Problem report ").append(p.displayNumber()).append(" from ")
                .append(p.customerName).append(": impact ").append(p.impact.jsonName());
        if (p.serviceName != null) {
            facts.append(", service ").append(p.serviceName);
        }
        if (p.subscriptionId != null) {
            facts.append(", subscription ").append(p.subscriptionId);
        }
        if (p.occurredAt != null) {
            facts.append(", since ").append(p.occurredAt);
        }
        return TextRules.fit(facts.append(".\n\n").append(p.description).toString(), DESCRIPTION_MAX);
    }

    private static String impactInWords(ProblemReport p) {
        return switch (p.impact) {
            case ONE_USER -> "One user affected, as the customer reports.";
            case SOME_USERS -> "Some users affected, as the customer reports.";
            case ALL_USERS -> "All of the customer's users affected, as the customer reports.";
        };
    }

    /**
     * The partner's response due time from its published profile, or null without one. A profile that cannot be
     * read (subscriptions-service validates them, so this would be a version skew) is logged and means no target:
     * the report itself must not be lost over it.
     */
    static Instant responseDue(SupportContactRecord contact, Instant reportedAt) {
        SupportContactRecord.Profile profile = contact.supportProfile();
        if (profile == null) {
            return null;
        }
        SupportContactRecord.Hours h = profile.hours();
        if (h == null || h.timeZone() == null || h.days() == null || h.from() == null || h.to() == null
                || profile.responseTarget() == null) {
            Log.warnf("Support profile of partner %s incomplete, report has no response target", contact.partnerId());
            return null;
        }
        try {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : h.days()) {
                days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
            }
            SupportHours hours = new SupportHours(ZoneId.of(h.timeZone()), days, LocalTime.parse(h.from()),
                    LocalTime.parse(h.to()));
            Duration target = Duration.parse(profile.responseTarget());
            if (target.isNegative() || target.isZero() || target.compareTo(Duration.ofDays(7)) > 0) {
                throw new DateTimeException("response target out of range: " + target);
            }
            return PartnerResponseClock.due(reportedAt, hours, target);
        } catch (DateTimeException | IllegalArgumentException e) {
            Log.warnf("Support profile of partner %s unreadable, report has no response target: %s",
                    contact.partnerId(), e.toString());
            return null;
        }
    }
}
