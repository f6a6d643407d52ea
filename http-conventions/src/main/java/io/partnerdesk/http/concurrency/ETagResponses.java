package io.partnerdesk.http.concurrency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** 200 responses of single resources, always with their ETag. */
public final class ETagResponses {

    private ETagResponses() {
    }

    public static Response ok(WithETag<?> tagged) {
        return Response.ok(tagged.body()).header(HttpHeaders.ETAG, tagged.etag()).build();
    }
}
