package io.partnerdesk.http.paging;

import io.partnerdesk.http.problem.Problems;

/**
 * The {@code ?limit=&cursor=} parameters of every list: {@code limit} 1..200, default 50; above the maximum is
 * 400, never silently capped, so a client learns the contract at once.
 */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Parses the raw query parameters; either may be null. */
    public static PageRequest of(String limit, String cursor) {
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                parsedLimit = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw Problems.invalid("limit", "must be an integer from 1 to " + MAX_LIMIT);
            }
            if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
                throw Problems.invalid("limit", "must be from 1 to " + MAX_LIMIT);
            }
        }
        if (cursor != null && cursor.length() > 200) {
            throw Problems.invalid("cursor", "is not a cursor returned by this list; start again without it");
        }
        return new PageRequest(parsedLimit, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }

    /** Rows to fetch: one more than the limit, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }
}
