package io.partnerdesk.support.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.support.NoteVisibility;
import io.partnerdesk.support.TimelineEvent;

/** Records each change of a request, by the current caller, in the same transaction as the change. */
@ApplicationScoped
public class Timeline {

    static final int DETAIL_MAX = 2000;

    @Inject
    Caller caller;

    public void record(UUID requestId, String type, String detail, NoteVisibility visibility, Instant at) {
        recordAs(caller.displayName(), caller.primaryRole(), requestId, type, detail, visibility, at);
    }

    /** An entry made for someone other than the caller: 21Vianet's service health, through an event. */
    public void recordAs(String actor, String actorRole, UUID requestId, String type, String detail,
            NoteVisibility visibility, Instant at) {
        TimelineEvent event = new TimelineEvent();
        event.id = UUID.randomUUID();
        event.requestId = requestId;
        event.actor = actor;
        event.actorRole = actorRole;
        event.type = type;
        event.detail = TextRules.fit(detail, DETAIL_MAX);
        event.visibility = visibility;
        event.createdAt = at;
        event.persist();
    }

    public void shared(UUID requestId, String type, String detail, Instant at) {
        record(requestId, type, detail, NoteVisibility.SHARED, at);
    }
}
