package io.partnerdesk.support.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.support.RequestStatus;
import io.partnerdesk.support.Severity;

@Schema(name = "SupportRequestPatch", description = """
        Changes to a support request; absent fields stay as they are.
        The partner edits title, description and contact while the request is open, withdraws (status closed) an open or
        awaiting_partner request, confirms (closed) or reopens (in_progress, within 7 days) a resolved one.
        The engineer sets assignee, moves the status to in_progress, awaiting_partner or resolved, and may lower
        severity with a severityReason.""")
public record SupportRequestPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @Size(min = 1, max = 10000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*",
                message = "must not be blank") String description,
        @Valid Contact contact,
        RequestStatus status,
        @Size(min = 1, max = 255) @Pattern(regexp = ".*\\S.*",
                message = "must not be blank") @Schema(example = "vianet-engineer") String assignee,
        Severity severity,
        @Size(max = 1000) @Schema(
                example = "Mail flow restored for most users; remaining delays affect one shared mailbox.") String severityReason) {

    public boolean changesNothing() {
        return title == null && description == null && contact == null && status == null && assignee == null
                && severity == null && severityReason == null;
    }
}
