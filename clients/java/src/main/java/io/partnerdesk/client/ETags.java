package io.partnerdesk.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ETag} of an answer read with a generated {@code ...WithHttpInfo} method, to send back as {@code If-Match}
 * when changing the record: a change without it is answered 428, with a stale one 412 (read again, then retry).
 */
public final class ETags {

    private ETags() {
    }

    /** The ETag among the headers of an {@code ApiResponse} ({@code getHeaders()}), names compared case-insensitively. */
    public static Optional<String> of(Map<String, List<String>> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream().filter(header -> "etag".equalsIgnoreCase(header.getKey()))
                .flatMap(header -> header.getValue().stream()).findFirst();
    }
}
