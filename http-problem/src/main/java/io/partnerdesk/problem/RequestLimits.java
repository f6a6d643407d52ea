package io.partnerdesk.problem;

/**
 * Limits every PartnerDesk HTTP server applies the same way, the gateway and the services alike, so that a request
 * the gateway lets through is never refused differently behind it.
 */
public final class RequestLimits {

    /**
     * Path and query, in characters as sent: longer is a 414 problem. The servers' own Vert.x limits are set higher,
     * since Vert.x answers with an empty body.
     */
    public static final int MAX_REQUEST_LINE = 8192;

    private RequestLimits() {
    }
}
