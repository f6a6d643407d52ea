package io.partnerdesk.http.idempotency;

import java.net.URI;

/**
 * The outcome of a creating POST: where the new resource lives, its ETag and its representation.
 * {@link Idempotency} turns it into the 201 response and stores it for replay.
 */
public record Created(URI location, String etag, Object body) {

    /** A created resource that is not changed by conditional requests (a note, a post): no ETag to send. */
    public static Created withoutETag(URI location, Object body) {
        return new Created(location, null, body);
    }
}
