package io.partnerdesk.problem;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;

/**
 * The {@code X-Request-Id} convention: a caller's id is kept when it is a short token of safe characters,
 * otherwise a new one is generated, so that log lines and problem bodies can always be correlated.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** MDC key under which the id appears in every log line of the request. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The caller's id if it is acceptable, else a new random one. */
    public static String acceptOrGenerate(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The id of a request whose X-Request-Id was accepted or generated at the edge of a service or the gateway. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
