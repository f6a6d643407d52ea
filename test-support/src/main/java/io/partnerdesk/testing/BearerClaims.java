package io.partnerdesk.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The claims of the bearer token in an {@code Authorization} header, read without checking the signature: for stubs
 * that stand in for a PartnerDesk service and must answer a caller as that service would (its own role, partner or
 * tenant). The services under test check tokens for real.
 */
public record BearerClaims(Map<String, Object> claims) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The claims, or null when the header is missing or not a readable bearer JWT. */
    public static BearerClaims of(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("Bearer ".length()).trim().split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            return new BearerClaims(JSON.readValue(new String(payload, StandardCharsets.UTF_8), new TypeReference<>() {
            }));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    public boolean hasRole(String role) {
        return claims.get("groups") instanceof List<?> groups && groups.contains(role);
    }

    public String partnerId() {
        return (String) claims.get("partner_id");
    }

    public String tenantId() {
        return (String) claims.get("tenant_id");
    }
}
