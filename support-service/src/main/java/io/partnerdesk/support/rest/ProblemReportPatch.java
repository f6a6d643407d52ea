package io.partnerdesk.support.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.support.ReportImpact;
import io.partnerdesk.support.ReportStatus;

@Schema(name = "ProblemReportPatch", description = """
        Changes to a problem report; absent fields stay as they are.
        The customer edits title, description, serviceName, impact and contact while the report is new, withdraws a new
        report (status closed), confirms a resolved one (closed) or reopens it (inProgress, within 7 days of the
        resolution). The partner takes a new report (inProgress) and closes a resolved one. resolved and escalated are
        reached through POST …/resolve and POST …/escalate.""")
public record ProblemReportPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @Size(min = 1, max = 10000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*",
                message = "must not be blank") String description,
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String serviceName,
        ReportImpact impact,
        @Valid Contact contact,
        ReportStatus status) {

    public boolean changesNothing() {
        return !editsReport() && status == null;
    }

    /** Whether it changes the customer's account of the problem (not only the status). */
    public boolean editsReport() {
        return title != null || description != null || serviceName != null || impact != null || contact != null;
    }
}
