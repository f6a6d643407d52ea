package io.partnerdesk.support.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.support.HealthIssueLink;
import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.RequestStatus;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.event.ServiceHealthEvent;
import io.partnerdesk.support.event.SupportEvents;
import io.quarkus.logging.Log;

/**
 * messagecenter-service's service-health events, each processed exactly once. A resolved health issue becomes a shared
 * note on every open request linked to it ("Exchange Online incident … resolved: …"), written for 21Vianet's service
 * health, and an event that notifies the request's partner. The event id is claimed first ({@code insert ... on
 * conflict do nothing}): a concurrent redelivery waits for the first to commit and then finds it processed; a failed
 * first attempt rolls the claim back with everything else, so the relay's retry does the work.
 */
@ApplicationScoped
public class HealthIssueResolutions {

    public static final String TYPE_PREFIX = "service-health.issue.";
    public static final String RESOLVED = TYPE_PREFIX + "resolved";

    /** What messagecenter-service's service-health events are about. */
    static final String SUBJECT_KIND = "health-issue";

    /** Who the note and its timeline entry are by: not the relay's service account, but what it speaks for. */
    public static final String AUTHOR = "21Vianet service health";
    static final String AUTHOR_ROLE = "service";

    private static final int SERVICE_MAX = 100;
    private static final int POST_MAX = 2000;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SupportRequestService requests;

    @Inject
    Timeline timeline;

    @Inject
    SupportEvents events;

    /** The requests noted, and whether this delivery was the first. */
    public record Outcome(List<UUID> supportRequestIds, boolean firstDelivery) {
    }

    @Transactional
    public Outcome ingest(ServiceHealthEvent event) {
        if (!event.type().startsWith(TYPE_PREFIX)) {
            throw SupportProblems.unknownEventType(event.type());
        }
        // Validated before the claim: an event that can never be processed is refused (and parked), not recorded.
        boolean resolved = RESOLVED.equals(event.type());
        if (!SUBJECT_KIND.equals(event.subject().kind())) {
            throw SupportProblems.wrongEventSubject(SUBJECT_KIND);
        }
        UUID issueId = event.subjectUuid();
        String service = resolved ? event.text("service", SERVICE_MAX) : null;
        String lastPost = resolved ? event.text("lastPost", POST_MAX).replace("\u0000", "") : null;
        Instant now = Timestamps.now(clock);
        int claimed = em.createNativeQuery("""
                insert into processed_events (event_id, type, processed_at)
                values (:id, :type, :now) on conflict (event_id) do nothing""")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            Log.infof("Event %s (%s) redelivered; already processed", event.id(), event.type());
            return new Outcome(List.of(), false);
        }
        if (!resolved) {
            // Other service-health news (an update, a new issue) changes nothing here yet; it is acknowledged.
            return new Outcome(List.of(), true);
        }
        List<UUID> noted = noteResolution(issueId, service, lastPost, now);
        Log.infof("Health issue %s resolved: noted on %d linked support request(s)", issueId, noted.size());
        return new Outcome(noted, true);
    }

    private List<UUID> noteResolution(UUID issueId, String service, String lastPost, Instant now) {
        // Requests locked in id order, as every other writer locks one request at a time: no deadlock.
        List<HealthIssueLink> links = HealthIssueLink.list(
                "healthIssueId = ?1 and resolutionNotedAt is null order by supportRequestId", issueId);
        String text = service + " incident " + issueId + " resolved: " + lastPost;
        List<UUID> noted = new ArrayList<>();
        for (HealthIssueLink link : links) {
            SupportRequest r = SupportRequest.findById(link.supportRequestId, LockModeType.PESSIMISTIC_WRITE);
            if (r == null || r.status == RequestStatus.RESOLVED || r.status == RequestStatus.CLOSED) {
                continue;
            }
            requests.writeNote(r, AUTHOR, AUTHOR_ROLE, text, NoteVisibility.SHARED, now);
            timeline.recordAs(AUTHOR, AUTHOR_ROLE, r.id, "note_added",
                    "Note by " + AUTHOR + ": " + service + " incident resolved", NoteVisibility.SHARED, now);
            link.resolutionNotedAt = now;
            r.updatedAt = now;
            events.healthIssueResolved(r, service, issueId, lastPost);
            noted.add(r.id);
        }
        return noted;
    }
}
