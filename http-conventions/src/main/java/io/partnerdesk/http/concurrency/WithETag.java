package io.partnerdesk.http.concurrency;

/** A single resource's representation with its ETag, as a service hands it to a resource. */
public record WithETag<T>(T body, String etag) {

    public static <T> WithETag<T> of(T body, long version) {
        return new WithETag<>(body, ETags.of(version));
    }
}
