package io.partnerdesk.messagecenter.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event from another PartnerDesk service (from its outbox), delivered at least once. */
@Schema(name = "Event",
        description = "An event another PartnerDesk service emitted; delivered at least once, idempotent by id.")
public record EventEnvelope(
        @NotNull UUID id,
        @NotBlank @Size(max = 60) @Schema(example = "subscription.changed") String type,
        @NotNull Instant occurredAt,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "must be a partner id") @Schema(example = "contoso") String partnerId,
        UUID tenantId,
        @NotNull @Valid Subject subject,
        @Schema(description = "Type-specific facts the notification text is made from",
                example = "{\"offerName\": \"Office 365 E3\", \"field\": \"quantity\", \"oldValue\": \"10\", \"newValue\": \"15\"}") Map<String, Object> data) {

    @Schema(name = "EventSubject", description = "What the event is about.")
    public record Subject(@NotBlank @Size(max = 40) @Schema(example = "subscription") String kind,
            @NotBlank @Size(max = 100) @Schema(example = "0a45a270-ab04-4317-88f0-211f6b70de99") String id) {
    }

    /** A text field of {@code data}; 422 naming {@code data.<name>} when it is absent. */
    public String text(String name) {
        Object value = data == null ? null : data.get(name);
        if (value == null || value.toString().isBlank()) {
            throw io.partnerdesk.messagecenter.service.MessageProblems.missingEventField("data." + name, type);
        }
        String text = value.toString().trim();
        return text.length() > 500 ? text.substring(0, 497) + "..." : text;
    }

    /** An optional text field of {@code data}. */
    public String optionalText(String name) {
        Object value = data == null ? null : data.get(name);
        return value == null || value.toString().isBlank() ? null : text(name);
    }
}
