package io.partnerdesk.outbox.relay;

/** Access tokens of this service (client credentials, role {@code service}) for calls to other services. */
public interface ServiceTokens {

    /** A token that is valid for a while yet; fetched or refreshed as needed. */
    String accessToken();

    /** Forgets the cached token, after a consumer refused it (401). */
    void invalidate();
}
