package io.partnerdesk.http.concurrency;

import io.partnerdesk.http.problem.Problems;

/**
 * ETags of single resources, derived from the row's version column, and the {@code If-Match} rule of every
 * change: missing is 428, stale is 412. Callers check under a row lock (or rely on the version column) so that
 * two writers holding the same ETag cannot both succeed.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Passes when {@code ifMatch} names the current version (or is {@code *}); throws 428 when absent and 412 when
     * no listed tag matches.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired();
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            // If-Match uses strong comparison (RFC 9110 13.1.1): a weak tag never matches.
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw Problems.preconditionFailed();
    }
}
