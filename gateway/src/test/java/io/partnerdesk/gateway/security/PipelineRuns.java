package io.partnerdesk.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Test probe: counts, per token, how often Quarkus's security pipeline produced an identity (augmentors run at the
 * end of every pass through it, whichever identity provider answered).
 */
@ApplicationScoped
public class PipelineRuns implements SecurityIdentityAugmentor {

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
            runs.computeIfAbsent(token.getRawToken(), key -> new AtomicInteger()).incrementAndGet();
        }
        return Uni.createFrom().item(identity);
    }

    public int of(String token) {
        AtomicInteger count = runs.get(token);
        return count == null ? 0 : count.get();
    }
}
