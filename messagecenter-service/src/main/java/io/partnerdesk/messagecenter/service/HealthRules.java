package io.partnerdesk.messagecenter.service;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.messagecenter.HealthIssue;
import io.partnerdesk.messagecenter.HealthIssueReport;
import io.partnerdesk.messagecenter.HealthStatus;

/** How a service's status follows its issues. */
public final class HealthRules {

    private HealthRules() {
    }

    /**
     * A service with no open issue is operational; otherwise it shows the status of its most recently updated open
     * issue, which is what the last post about it said.
     */
    public static HealthStatus serviceStatus(List<HealthIssue> openIssues) {
        return openIssues.stream()
                .filter(issue -> !issue.resolved)
                .max(Comparator.comparing((HealthIssue issue) -> issue.updatedAt).thenComparing(issue -> issue.id))
                .map(issue -> issue.status)
                .orElse(HealthStatus.SERVICE_OPERATIONAL);
    }

    /**
     * A post-incident report is Markdown of at most 64 KiB in UTF-8, not blank, without control characters other than
     * tab and line breaks (it is shown to every reader of the issue).
     */
    public static void requireReportText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            throw Problems.invalid("body", "must be the report's Markdown, not empty");
        }
        if (markdown.getBytes(StandardCharsets.UTF_8).length > HealthIssueReport.MARKDOWN_MAX_BYTES) {
            throw Problems.payloadTooLarge(HealthIssueReport.MARKDOWN_MAX_BYTES);
        }
        if (TextRules.hasForbiddenControl(markdown)) {
            throw Problems.invalid("body", TextRules.CONTROL_CHARACTER_MESSAGE);
        }
    }
}
