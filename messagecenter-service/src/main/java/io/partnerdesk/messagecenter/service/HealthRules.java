package io.partnerdesk.messagecenter.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
     * The post-incident report's text from the bytes received: at most 64 KiB, valid UTF-8 (a malformed byte is a 400,
     * not a replacement character stored for every reader), not blank, without control characters other than tab and
     * line breaks (it is shown to every reader of the issue).
     */
    public static String reportText(byte[] body) {
        if (body != null && body.length > HealthIssueReport.MARKDOWN_MAX_BYTES) {
            throw Problems.payloadTooLarge(HealthIssueReport.MARKDOWN_MAX_BYTES);
        }
        String markdown;
        try {
            markdown = body == null ? ""
                    : StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw Problems.invalid("body", "must be UTF-8");
        }
        if (markdown.isBlank()) {
            throw Problems.invalid("body", "must be the report's Markdown, not empty");
        }
        if (TextRules.hasForbiddenControl(markdown)) {
            throw Problems.invalid("body", TextRules.CONTROL_CHARACTER_MESSAGE);
        }
        return markdown;
    }
}
