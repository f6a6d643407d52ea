package io.partnerdesk.messagecenter.service;

import java.util.Comparator;
import java.util.List;

import io.partnerdesk.messagecenter.HealthIssue;
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
}
