package io.partnerdesk.subscriptions.service;

/** Text filters as SQL LIKE patterns. */
final class LikePatterns {

    /** The escape character of the patterns below, given to the query's {@code like ... escape}. */
    static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** A LIKE pattern that matches {@code text} anywhere, case-folded, with the pattern characters in it taken literally. */
    static String contains(String text) {
        return "%"
                + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }
}
