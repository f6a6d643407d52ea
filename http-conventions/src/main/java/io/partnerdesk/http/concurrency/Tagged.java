package io.partnerdesk.http.concurrency;

/** A single resource's representation with its ETag, as a service hands it to a resource. */
public record Tagged<T>(T body, String etag) {

    public static <T> Tagged<T> of(T body, long version) {
        return new Tagged<>(body, ETags.of(version));
    }
}
