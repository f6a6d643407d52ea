package io.partnerdesk.security.tokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Lets tests outside this package look into the gateway's verified-token cache without widening its API. */
@ApplicationScoped
public class VerifiedTokenCacheProbe {

    @Inject
    VerifiedTokenCache cache;

    public long size() {
        return cache.size();
    }

    public boolean holdsRequestState(String token) {
        return cache.holdsRequestState(token);
    }

    public java.util.Set<String> requestAttributeNames(String token) {
        return cache.requestAttributeNames(token);
    }

    public boolean contains(String token) {
        return cache.contains(token);
    }
}
