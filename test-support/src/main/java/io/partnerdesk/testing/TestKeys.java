package io.partnerdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The test-only RSA keys under {@code partnerdesk-test/}: one that the test OIDC server publishes and tokens are
 * signed with, and a foreign one whose signatures must be refused.
 */
public final class TestKeys {

    /** The {@code kid} under which the signing key is published. */
    public static final String KEY_ID = "partnerdesk-test-1";

    private static final RSAPrivateCrtKey SIGNING = load("partnerdesk-test/signing-key.pem");
    private static final RSAPrivateCrtKey FOREIGN = load("partnerdesk-test/foreign-key.pem");

    private TestKeys() {
    }

    public static RSAPrivateCrtKey signingKey() {
        return SIGNING;
    }

    public static RSAPrivateCrtKey foreignKey() {
        return FOREIGN;
    }

    /** The JWKS document with the public half of the signing key. */
    public static String jwks() {
        return jwks(java.util.Map.of(KEY_ID, SIGNING));
    }

    /** A JWKS document publishing the public halves of the given keys under their kids (for key rotation tests). */
    public static String jwks(java.util.Map<String, RSAPrivateCrtKey> keys) {
        return keys.entrySet().stream()
                .map(e -> "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + e.getKey() + "\",\"n\":\""
                        + base64Url(e.getValue().getModulus()) + "\",\"e\":\""
                        + base64Url(e.getValue().getPublicExponent())
                        + "\"}")
                .collect(java.util.stream.Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] unsigned = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, unsigned, 0, unsigned.length);
            bytes = unsigned;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static RSAPrivateCrtKey load(String resource) {
        try (InputStream in = TestKeys.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test key " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable test key " + resource, e);
        }
    }
}
