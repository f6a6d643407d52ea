package io.partnerdesk.benchmarks.load;

/**
 * How one call ended: with the status the operation expects, with another status, or without a response (connection
 * refused or reset, timeout) — the last two are errors.
 */
public record Outcome(boolean ok, String error) {

    private static final Outcome OK = new Outcome(true, null);

    public static Outcome success() {
        return OK;
    }

    /** An answer with an unexpected status, e.g. {@code "HTTP 412"}. */
    public static Outcome status(int status) {
        return new Outcome(false, "HTTP " + status);
    }

    /** No answer at all; the kind of failure, never its stack trace. */
    public static Outcome failure(Throwable cause) {
        return new Outcome(false, cause.getClass().getSimpleName());
    }
}
