package io.partnerdesk.outbox;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An event a service emits about one subject, before {@link Outbox#emit} gives it an id and the time it occurred.
 * {@code partnerId} and {@code tenantId} name whom the consumer may notify; {@code data} holds the facts its
 * notification text is made from (plain values: strings, numbers, booleans).
 */
public record OutboxEvent(String type, String subjectKind, String subjectId, String partnerId, UUID tenantId,
        Map<String, Object> data) {

    public OutboxEvent {
        requireText(type, "type", 60);
        requireText(subjectKind, "subjectKind", 40);
        requireText(subjectId, "subjectId", 100);
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** Events of one subject are delivered in the order they were written. */
    String subjectKey() {
        return subjectKind + ":" + subjectId;
    }

    private static void requireText(String value, String name, int max) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters");
        }
    }
}
