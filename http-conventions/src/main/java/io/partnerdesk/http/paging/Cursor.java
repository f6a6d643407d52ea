package io.partnerdesk.http.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import io.partnerdesk.http.json.TextRules;
import io.partnerdesk.http.problem.Problems;

/**
 * Position in a list ordered by {@code (createdAt, id)}: the last row of a page. Encoded opaquely so that clients
 * pass it back unchanged and never build one; the order is stable because ids break ties between equal times.
 */
public record Cursor(Instant createdAt, UUID id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return ENCODER.encodeToString((micros + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor a client sent back, validated in full before any of it reaches a query: anything that is not
     * one of ours (bad encoding, a time PostgreSQL cannot store, a malformed id) is 400 on {@code cursor}.
     */
    public static Cursor decode(String value) {
        try {
            if (value.length() > MAX_ENCODED_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String raw = new String(DECODER.decode(value), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            long micros = Long.parseLong(raw.substring(0, bar));
            Instant createdAt = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
            String id = raw.substring(bar + 1);
            if (!TextRules.inRange(createdAt) || id.length() != 36) {
                throw new IllegalArgumentException("outside what a list can hold");
            }
            return new Cursor(createdAt, UUID.fromString(id));
        } catch (RuntimeException e) {
            throw Problems.invalid("cursor", "is not a cursor returned by this list; start again without it");
        }
    }

    /** Ours are about 75 characters; anything much longer is not one. */
    private static final int MAX_ENCODED_LENGTH = 200;
}
