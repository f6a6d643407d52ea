package io.partnerdesk.http.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

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

    /** Decodes a cursor a client sent back; anything that is not one of ours is 400 on {@code cursor}. */
    public static Cursor decode(String value) {
        try {
            String raw = new String(DECODER.decode(value), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            long micros = Long.parseLong(raw.substring(0, bar));
            return new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw Problems.invalid("cursor", "is not a cursor returned by this list; start again without it");
        }
    }
}
