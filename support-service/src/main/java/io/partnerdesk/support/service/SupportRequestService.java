package io.partnerdesk.support.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.RequestNote;
import io.partnerdesk.support.RequestStatus;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.SupportTopic;
import io.partnerdesk.support.TimelineEvent;
import io.partnerdesk.support.client.CustomerRecord;
import io.partnerdesk.support.config.SupportConfig;
import io.partnerdesk.support.event.SupportEvents;
import io.partnerdesk.support.repository.SupportRequestSearch;
import io.partnerdesk.support.rest.NewNote;
import io.partnerdesk.support.rest.NewSupportRequest;
import io.partnerdesk.support.rest.SupportRequestPatch;
import io.partnerdesk.support.service.RequestLifecycle.Actor;
import io.quarkus.logging.Log;

/**
 * Support requests: the partner files and manages them for its customer, 21Vianet engineers work them, the customer
 * reads them. Every change lands in the timeline; the first-response clock follows {@link SlaClock}.
 */
@ApplicationScoped
public class SupportRequestService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Timeline timeline;

    @Inject
    SupportConfig config;

    @Inject
    SupportEvents events;

    @Inject
    SupportRequestSearch search;

    @Inject
    EscalationNotes escalationNotes;

    /** Files a request for a customer whose ownership the caller has already proven ({@link CustomerOwnership}). */
    @Transactional
    public SupportRequest create(CustomerRecord customer, NewSupportRequest request) {
        SupportTopic topic = SupportTopic.findById(request.topicId());
        if (topic == null || !topic.active) {
            throw SupportProblems.unknownTopic(request.topicId());
        }
        Instant now = Timestamps.now(clock);
        SupportRequest r = new SupportRequest();
        r.id = UUID.randomUUID();
        r.number = ((Number) em.createNativeQuery("select nextval('support_request_numbers')").getSingleResult())
                .longValue();
        r.customerId = customer.id();
        r.partnerId = caller.requirePartnerId();
        r.topicId = topic.id;
        r.title = request.title().trim();
        r.description = request.description().trim();
        r.severity = request.severity();
        r.status = RequestStatus.OPEN;
        r.contactName = request.contact().name().trim();
        r.contactEmail = request.contact().email().trim();
        r.contactPhone = request.contact().phone();
        r.stepsTaken = request.triage().stepsTaken().trim();
        r.customerImpact = request.triage().customerImpact();
        r.createdAt = now;
        r.updatedAt = now;
        r.firstResponseDueAt = SlaClock.firstResponseDue(now, r.severity);
        r.persist();
        timeline.shared(r.id, "created", "Filed with severity " + r.severity + " about " + topic.name, now);
        r.persistAndFlush();
        events.created(r);
        Log.infof("Support request %s (%s) filed for customer %s, severity %s, first response due %s", r.id,
                r.displayNumber(), r.customerId, r.severity, r.firstResponseDueAt);
        return r;
    }

    /** A partner's own, a customer's about its tenant, everything for engineers. */
    public List<SupportRequest> list(SupportRequestSearch.Filters filters, PageRequest page) {
        return search.requests(filters, page);
    }

    public SupportRequest get(UUID id) {
        return readable(id, LockModeType.NONE);
    }

    @Transactional
    public SupportRequest change(UUID id, String ifMatch, SupportRequestPatch patch) {
        if (patch.changesNothing()) {
            throw Problems.invalid("body", "name at least one field to change");
        }
        SupportRequest r = writable(id);
        ETags.requireMatch(ifMatch, r.version);
        if (r.status == RequestStatus.CLOSED) {
            throw SupportProblems.closed();
        }
        Instant now = Timestamps.now(clock);
        if (caller.hasRole(Roles.SUPPORT_ENGINEER)) {
            engineerChanges(r, patch, now);
        } else {
            partnerChanges(r, patch, now);
        }
        r.updatedAt = now;
        r.persistAndFlush();
        return r;
    }

    private void partnerChanges(SupportRequest r, SupportRequestPatch patch, Instant now) {
        if (patch.assignee() != null) {
            throw SupportProblems.partnerCannotSet("assignee");
        }
        if (patch.severity() != null || patch.severityReason() != null) {
            throw SupportProblems.partnerCannotSet("severity");
        }
        if (patch.title() != null || patch.description() != null || patch.contact() != null) {
            RequestLifecycle.requirePartnerEditable(r.status);
            StringBuilder edited = new StringBuilder();
            if (patch.title() != null && !patch.title().trim().equals(r.title)) {
                r.title = patch.title().trim();
                edited.append("title ");
            }
            if (patch.description() != null && !patch.description().trim().equals(r.description)) {
                r.description = patch.description().trim();
                edited.append("description ");
            }
            if (patch.contact() != null) {
                r.contactName = patch.contact().name().trim();
                r.contactEmail = patch.contact().email().trim();
                r.contactPhone = patch.contact().phone();
                edited.append("contact ");
            }
            if (!edited.isEmpty()) {
                timeline.shared(r.id, "edited", "Edited " + edited.toString().trim().replace(' ', ','), now);
            }
        }
        if (patch.status() != null && patch.status() != r.status) {
            RequestLifecycle.requireTransition(Actor.PARTNER, r.status, patch.status(), now, r.resolvedAt,
                    config.reopenWindow());
            moveTo(r, patch.status(), now);
        }
    }

    private void engineerChanges(SupportRequest r, SupportRequestPatch patch, Instant now) {
        if (patch.title() != null) {
            throw SupportProblems.engineerCannotSet("title");
        }
        if (patch.description() != null) {
            throw SupportProblems.engineerCannotSet("description");
        }
        if (patch.contact() != null) {
            throw SupportProblems.engineerCannotSet("contact");
        }
        if (patch.severityReason() != null && patch.severity() == null) {
            throw Problems.invalid("severityReason", "goes with a new severity");
        }
        if (patch.assignee() != null && !patch.assignee().trim().equals(r.assignee)) {
            r.assignee = patch.assignee().trim();
            timeline.shared(r.id, "assigned", "Assigned to " + r.assignee, now);
        }
        if (patch.severity() != null && patch.severity() != r.severity) {
            if (!patch.severity().isLowerThan(r.severity)) {
                throw SupportProblems.severityNotLowered(r.severity, patch.severity());
            }
            if (patch.severityReason() == null || patch.severityReason().isBlank()) {
                throw Problems.invalid("severityReason", "is required to lower the severity; the partner reads it");
            }
            String text = "Severity lowered from " + r.severity + " to " + patch.severity() + ": "
                    + patch.severityReason().trim();
            r.severity = patch.severity();
            // The target is the new severity's, counted from creation, as if the request had been filed at it.
            r.firstResponseDueAt = SlaClock.firstResponseDue(r.createdAt, r.severity);
            addNote(r, text, NoteVisibility.SHARED, now);
            timeline.shared(r.id, "severity_lowered", text, now);
        }
        if (patch.status() != null && patch.status() != r.status) {
            RequestLifecycle.requireTransition(Actor.ENGINEER, r.status, patch.status(), now, r.resolvedAt,
                    config.reopenWindow());
            moveTo(r, patch.status(), now);
        }
    }

    private void moveTo(SupportRequest r, RequestStatus to, Instant now) {
        RequestStatus from = r.status;
        r.status = to;
        switch (to) {
            case RESOLVED -> r.resolvedAt = now;
            case CLOSED -> r.closedAt = now;
            case IN_PROGRESS -> {
                if (from == RequestStatus.RESOLVED) {
                    r.resolvedAt = null;
                }
                if (caller.hasRole(Roles.SUPPORT_ENGINEER)) {
                    respondedAt(r, now);
                }
            }
            default -> {
            }
        }
        timeline.shared(r.id, "status_changed", from.jsonName() + " → " + to.jsonName(), now);
        events.statusChanged(r, from.jsonName());
        Log.infof("Support request %s moved %s → %s", r.id, from.jsonName(), to.jsonName());
    }

    /** The engineer's first shared note or first move to in_progress is the first response. */
    private static void respondedAt(SupportRequest r, Instant now) {
        if (r.firstRespondedAt == null) {
            r.firstRespondedAt = now;
        }
    }

    @Transactional
    public RequestNote addNote(UUID id, NewNote request) {
        SupportRequest r = writable(id);
        NoteVisibility visibility = request.visibilityOrShared();
        boolean engineer = caller.hasRole(Roles.SUPPORT_ENGINEER);
        if (visibility == NoteVisibility.INTERNAL && !engineer) {
            throw SupportProblems.internalNotesForEngineers();
        }
        RequestLifecycle.requireOpenForNotes(r.status);
        Instant now = Timestamps.now(clock);
        RequestNote note = addNote(r, request.text().trim(), visibility, now);
        timeline.record(r.id, "note_added", (visibility == NoteVisibility.INTERNAL ? "Internal note" : "Note")
                + " by " + caller.displayName(), visibility, now);
        if (engineer && visibility == NoteVisibility.SHARED) {
            respondedAt(r, now);
        }
        if (!engineer && r.status == RequestStatus.AWAITING_PARTNER) {
            // The partner answered what the engineer asked: the request goes back to the engineer.
            moveTo(r, RequestStatus.IN_PROGRESS, now);
        }
        r.updatedAt = now;
        r.persistAndFlush();
        return note;
    }

    private RequestNote addNote(SupportRequest r, String text, NoteVisibility visibility, Instant now) {
        RequestNote note = writeNote(r, caller.displayName(), caller.primaryRole(), text, visibility, now);
        if (visibility == NoteVisibility.SHARED) {
            events.sharedNoteAdded(r, note.authorRole);
        }
        return note;
    }

    /**
     * Writes a note by {@code author} and shows a shared one on the problem report the request escalates. Emits no
     * event: callers tell whom it concerns (the caller's own notes as {@code note-added}, a health issue's resolution
     * as its own event).
     */
    RequestNote writeNote(SupportRequest r, String author, String authorRole, String text, NoteVisibility visibility,
            Instant now) {
        RequestNote note = new RequestNote();
        note.id = UUID.randomUUID();
        note.requestId = r.id;
        note.author = author;
        note.authorRole = authorRole;
        note.visibility = visibility;
        note.text = text;
        note.createdAt = now;
        note.persist();
        escalationNotes.onNoteAdded(r, note);
        return note;
    }

    /** Notes the caller may see: engineers all, partners and customers the shared ones. */
    public List<RequestNote> notes(UUID id, PageRequest page) {
        readable(id, LockModeType.NONE);
        return search.notes(id, page);
    }

    /** Timeline entries the caller may see: those about internal notes are for engineers only. */
    public List<TimelineEvent> timeline(UUID id, PageRequest page) {
        readable(id, LockModeType.NONE);
        return search.timeline(id, page);
    }

    SupportRequest readable(UUID id, LockModeType lock) {
        SupportRequest r = SupportRequest.findById(id, lock);
        if (caller.hasRole(Roles.SUPPORT_ENGINEER)) {
            if (r == null) {
                throw Problems.notFound("Support request", id);
            }
            return r;
        }
        return caller.requireReadable(r, "Support request", id);
    }

    /** Locked for the change; a customer, who may read it, is told that its partner manages requests. */
    SupportRequest writable(UUID id) {
        SupportRequest r = readable(id, LockModeType.PESSIMISTIC_WRITE);
        if (!caller.hasRole(Roles.SUPPORT_ENGINEER) && !caller.isOwningPartner(r)) {
            throw SupportProblems.customerCannotWrite();
        }
        return r;
    }
}
