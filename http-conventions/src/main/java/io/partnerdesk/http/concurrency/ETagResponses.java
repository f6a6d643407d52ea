package io.partnerdesk.http.concurrency;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Responses of single resources, always with their ETag: 200, or 201 for a PUT that created the resource. */
public final class ETagResponses {

    private ETagResponses() {
    }

    public static Response ok(WithETag<?> tagged) {
        return Response.ok(tagged.body()).header(HttpHeaders.ETAG, tagged.etag()).build();
    }

    /**
     * The answer to a PUT that creates or replaces one resource at a known path: 201 with {@code Location} when it
     * created it, 200 when it replaced it, both with the ETag a following replacement sends in If-Match.
     */
    public static Response saved(boolean created, URI location, WithETag<?> tagged) {
        if (!created) {
            return ok(tagged);
        }
        return Response.created(location).entity(tagged.body()).header(HttpHeaders.ETAG, tagged.etag()).build();
    }
}
