package io.partnerdesk.messagecenter.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Signatures per the Standard Webhooks specification, made with its reference library: {@code webhook-id},
 * {@code webhook-timestamp} and {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256 of id.timestamp.body>}, one
 * per signing secret, space-separated while a rotated-out secret still signs).
 */
public final class WebhookSigner {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {
    }

    /** A new signing secret: {@code whsec_} and 32 random bytes in base64, as the specification's libraries read it. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** The three headers for one delivery of {@code body} at {@code at}. */
    public static Map<String, String> headers(String messageId, Instant at, String body, List<String> secrets) {
        long timestamp = at.getEpochSecond();
        String signatures = secrets.stream().map(secret -> sign(secret, messageId, timestamp, body))
                .collect(Collectors.joining(" "));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, messageId);
        headers.put(TIMESTAMP, Long.toString(timestamp));
        headers.put(SIGNATURE, signatures);
        return headers;
    }

    private static String sign(String secret, String messageId, long timestamp, String body) {
        try {
            return new Webhook(secret).sign(messageId, timestamp, body);
        } catch (WebhookSigningException e) {
            // Only a secret that is not ours (not base64) gets here: every secret is made by newSecret().
            throw new IllegalStateException("webhook secret cannot sign", e);
        }
    }
}
