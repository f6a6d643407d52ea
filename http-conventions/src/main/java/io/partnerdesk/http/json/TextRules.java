package io.partnerdesk.http.json;

import java.time.Instant;

/**
 * What a text or a time may hold anywhere in the API, in bodies and query parameters alike: the limits of what
 * PostgreSQL stores, checked before any value reaches it, so that a hostile value is a 400 naming the field rather than
 * a database error.
 */
public final class TextRules {

    /** The earliest time the API accepts: 0001-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest time the API accepts: 9999-12-31T23:59:59.999999Z (PostgreSQL keeps microseconds). */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public static final String CONTROL_CHARACTER_MESSAGE = "must not contain control characters (U+0000 to U+001F other than tab, line feed and carriage return)";
    public static final String TIME_RANGE_MESSAGE = "must be an RFC 3339 UTC time between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z";

    private TextRules() {
    }

    /**
     * Whether {@code text} holds a C0 control character that no field accepts: NUL (which PostgreSQL refuses in text)
     * and every other code below U+0020 except tab, line feed and carriage return, which free text may hold.
     */
    public static boolean hasForbiddenControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds any C0 control character at all: single-line values (query parameters, ids). */
    public static boolean hasAnyControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text} cut to at most {@code max} characters, ending with an ellipsis when cut: for texts composed from
     * user data (a notification title holding an offer's name), which must fit their column rather than be refused
     * downstream. A surrogate pair is never split.
     */
    public static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + '\u2026';
    }

    /** Whether PostgreSQL's {@code timestamptz} can store {@code time} as the API means it (years 1 to 9999). */
    public static boolean inRange(Instant time) {
        return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
    }
}
