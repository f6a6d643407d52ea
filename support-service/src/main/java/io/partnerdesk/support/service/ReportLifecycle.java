package io.partnerdesk.support.service;

import static io.partnerdesk.support.ReportStatus.CLOSED;
import static io.partnerdesk.support.ReportStatus.ESCALATED;
import static io.partnerdesk.support.ReportStatus.IN_PROGRESS;
import static io.partnerdesk.support.ReportStatus.NEW;
import static io.partnerdesk.support.ReportStatus.RESOLVED;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.partnerdesk.support.ReportStatus;

/**
 * Who may move a problem report where. The partner takes a new report ({@code new → inProgress}), resolves it (with a
 * resolution) or escalates it to 21Vianet from new or inProgress, resolves an escalated one once 21Vianet has fixed the
 * problem, and closes a resolved one. The customer withdraws a new report, confirms a resolution (closes it), or
 * reopens it ({@code resolved → inProgress}) within the reopen window.
 */
public final class ReportLifecycle {

    /** The two kinds of actor that move reports; operators only read. */
    public enum Actor {
        PARTNER,
        CUSTOMER
    }

    private static final Map<ReportStatus, Set<ReportStatus>> PARTNER_MOVES = Map.of(
            NEW, EnumSet.of(IN_PROGRESS, ESCALATED, RESOLVED),
            IN_PROGRESS, EnumSet.of(ESCALATED, RESOLVED),
            ESCALATED, EnumSet.of(RESOLVED),
            RESOLVED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ReportStatus.class));

    private static final Map<ReportStatus, Set<ReportStatus>> CUSTOMER_MOVES = Map.of(
            NEW, EnumSet.of(CLOSED),
            IN_PROGRESS, EnumSet.noneOf(ReportStatus.class),
            ESCALATED, EnumSet.noneOf(ReportStatus.class),
            RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS),
            CLOSED, EnumSet.noneOf(ReportStatus.class));

    private ReportLifecycle() {
    }

    public static Set<ReportStatus> allowedNext(Actor actor, ReportStatus from) {
        return (actor == Actor.PARTNER ? PARTNER_MOVES : CUSTOMER_MOVES).get(from);
    }

    /**
     * Checks a move; 409 naming the current status and the moves this actor has from it. A reopen
     * ({@code resolved → inProgress}) is allowed only until {@code reopenWindow} after {@code resolvedAt}.
     */
    public static void requireTransition(Actor actor, ReportStatus from, ReportStatus to, Instant now,
            Instant resolvedAt, Duration reopenWindow) {
        if (!allowedNext(actor, from).contains(to)) {
            throw SupportProblems.invalidReportTransition(from, to, allowedNext(actor, from));
        }
        if (from == RESOLVED && to == IN_PROGRESS && resolvedAt != null
                && now.isAfter(resolvedAt.plus(reopenWindow))) {
            throw SupportProblems.reportReopenWindowClosed(resolvedAt.plus(reopenWindow));
        }
    }

    /** The customer edits its account of the problem only while the partner has not taken it yet. */
    public static void requireCustomerEditable(ReportStatus status) {
        if (status != NEW) {
            throw SupportProblems.reportNotEditable(status);
        }
    }

    /** Notes can be added until the report is closed. */
    public static void requireOpenForNotes(ReportStatus status) {
        if (status == CLOSED) {
            throw SupportProblems.reportClosed();
        }
    }
}
