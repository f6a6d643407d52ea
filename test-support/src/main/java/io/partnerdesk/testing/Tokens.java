package io.partnerdesk.testing;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens for each PartnerDesk role, shaped like the ones Keycloak issues for the
 * {@code partnerdesk} realm: roles in {@code groups}, audience {@code partnerdesk-api}, {@code partner_id} or
 * {@code tenant_id} where the user has one.
 */
public final class Tokens {

    public static final String ISSUER = "https://sso.partnerdesk.test/realms/partnerdesk";
    public static final String AUDIENCE = "partnerdesk-api";

    /** Fixture tenants of SYSTEM.md section 2. */
    public static final UUID TAILSPIN = UUID.fromString("11111111-1111-4111-8111-111111111111");
    public static final UUID WINGTIP = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private Tokens() {
    }

    public static String partner(String partnerId) {
        return partner(partnerId, partnerId + "-admin");
    }

    /** A partner user other than the partner's admin, e.g. a second integration of the same partner. */
    public static String partner(String partnerId, String user) {
        return claims(user, "partner").claim("partner_id", partnerId).jws().keyId(TestKeys.KEY_ID)
                .sign(TestKeys.signingKey());
    }

    public static String customer(UUID tenantId) {
        return claims("customer-" + tenantId, "customer").claim("tenant_id", tenantId.toString()).jws()
                .keyId(TestKeys.KEY_ID).sign(TestKeys.signingKey());
    }

    public static String engineer() {
        return sign(claims("vianet-engineer", "support-engineer"));
    }

    public static String operator() {
        return sign(claims("vianet-operator", "operator"));
    }

    public static String service() {
        return sign(claims("service-account-partnerdesk-services", "service"));
    }

    /** A partner token that expired a minute ago. */
    public static String expiredPartner(String partnerId) {
        return claims(partnerId + "-admin", "partner").claim("partner_id", partnerId)
                .issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().minusSeconds(60))
                .jws().keyId(TestKeys.KEY_ID).sign(TestKeys.signingKey());
    }

    /** A partner token signed by a key the identity provider never published. */
    public static String forgedPartner(String partnerId) {
        return claims(partnerId + "-admin", "partner").claim("partner_id", partnerId)
                .jws().keyId(TestKeys.KEY_ID).sign(TestKeys.foreignKey());
    }

    /** A well-signed partner token from another issuer. */
    public static String partnerFromOtherIssuer(String partnerId) {
        return claims(partnerId + "-admin", "partner").claim("partner_id", partnerId).issuer("https://evil.example.com")
                .jws().keyId(TestKeys.KEY_ID).sign(TestKeys.signingKey());
    }

    /** A well-signed partner token meant for another API. */
    public static String partnerForOtherAudience(String partnerId) {
        return claims(partnerId + "-admin", "partner").claim("partner_id", partnerId).audience("another-api")
                .jws().keyId(TestKeys.KEY_ID).sign(TestKeys.signingKey());
    }

    /** The {@code sub} claim of {@code user}'s tokens. */
    public static String subjectOf(String user) {
        return UUID.nameUUIDFromBytes(user.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** Starts a token for {@code user} with the given realm roles; finish with {@code .jws().keyId(...).sign(...)}. */
    public static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subjectOf(user))
                .preferredUserName(user)
                .groups(Set.of(roles))
                .claim("azp", "partnerdesk-cli")
                .issuedAt(Instant.now())
                .expiresIn(600);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(TestKeys.KEY_ID).sign(TestKeys.signingKey());
    }
}
