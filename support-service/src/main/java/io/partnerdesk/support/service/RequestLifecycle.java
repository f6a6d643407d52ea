package io.partnerdesk.support.service;

import static io.partnerdesk.support.RequestStatus.AWAITING_PARTNER;
import static io.partnerdesk.support.RequestStatus.CLOSED;
import static io.partnerdesk.support.RequestStatus.IN_PROGRESS;
import static io.partnerdesk.support.RequestStatus.OPEN;
import static io.partnerdesk.support.RequestStatus.RESOLVED;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.partnerdesk.support.RequestStatus;

/**
 * Who may move a support request where: {@code open → in_progress ⇄ awaiting_partner → resolved → closed}.
 * The partner withdraws an open or awaiting request, confirms a resolved one (both close it) and may reopen a
 * resolved one within the reopen window; the engineer works it through in_progress, awaiting_partner and resolved.
 */
public final class RequestLifecycle {

    /** The two kinds of actor that move requests; customers only read. */
    public enum Actor {
        PARTNER,
        ENGINEER
    }

    private static final Map<RequestStatus, Set<RequestStatus>> PARTNER_MOVES = Map.of(
            OPEN, EnumSet.of(CLOSED),
            IN_PROGRESS, EnumSet.noneOf(RequestStatus.class),
            AWAITING_PARTNER, EnumSet.of(CLOSED),
            RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS),
            CLOSED, EnumSet.noneOf(RequestStatus.class));

    private static final Map<RequestStatus, Set<RequestStatus>> ENGINEER_MOVES = Map.of(
            OPEN, EnumSet.of(IN_PROGRESS),
            IN_PROGRESS, EnumSet.of(AWAITING_PARTNER, RESOLVED),
            AWAITING_PARTNER, EnumSet.of(IN_PROGRESS, RESOLVED),
            RESOLVED, EnumSet.noneOf(RequestStatus.class),
            CLOSED, EnumSet.noneOf(RequestStatus.class));

    private RequestLifecycle() {
    }

    public static Set<RequestStatus> allowedNext(Actor actor, RequestStatus from) {
        return (actor == Actor.PARTNER ? PARTNER_MOVES : ENGINEER_MOVES).get(from);
    }

    /**
     * Checks a move; 409 naming the current status and the moves this actor has from it. A reopen
     * ({@code resolved → in_progress}) is allowed only until {@code reopenWindow} after {@code resolvedAt}.
     */
    public static void requireTransition(Actor actor, RequestStatus from, RequestStatus to, Instant now,
            Instant resolvedAt, Duration reopenWindow) {
        if (!allowedNext(actor, from).contains(to)) {
            throw SupportProblems.invalidTransition(from, to, allowedNext(actor, from));
        }
        if (from == RESOLVED && to == IN_PROGRESS && resolvedAt != null
                && now.isAfter(resolvedAt.plus(reopenWindow))) {
            throw SupportProblems.reopenWindowClosed(resolvedAt.plus(reopenWindow));
        }
    }

    /** The partner edits title, description and contact only while nobody works on the request yet. */
    public static void requirePartnerEditable(RequestStatus status) {
        if (status != OPEN) {
            throw SupportProblems.notEditable(status);
        }
    }

    /** Notes can be added until the request is closed. */
    public static void requireOpenForNotes(RequestStatus status) {
        if (status == CLOSED) {
            throw SupportProblems.closed();
        }
    }
}
