package io.partnerdesk.support.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.support.RequestStatus;
import io.partnerdesk.support.Severity;
import io.partnerdesk.support.SupportRequest;
import io.partnerdesk.support.service.SlaClock;

@Schema(name = "Escalation",
        description = "The support request a problem report was escalated as, read live: its status and 21Vianet's first-response clock.")
public record EscalationView(
        UUID supportRequestId,
        @Schema(example = "SR-001042") String number,
        RequestStatus status,
        Severity severity,
        @Schema(description = "When 21Vianet's first response is due") Instant firstResponseDueAt,
        @Schema(description = "True when 21Vianet's first response is overdue, or came late") boolean slaBreached) {

    public static EscalationView from(SupportRequest r, Instant now) {
        return new EscalationView(r.id, r.displayNumber(), r.status, r.severity, r.firstResponseDueAt,
                SlaClock.breached(r.firstResponseDueAt, r.firstRespondedAt, now));
    }
}
