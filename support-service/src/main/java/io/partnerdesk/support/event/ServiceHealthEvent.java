package io.partnerdesk.support.event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.support.service.SupportProblems;

/** An event from messagecenter-service's outbox, delivered at least once: the same envelope every relay sends. */
@Schema(name = "Event",
        description = "An event messagecenter-service emitted about service health; delivered at least once, idempotent by id.")
public record ServiceHealthEvent(
        @NotNull UUID id,
        @NotBlank @Size(max = 60) @Schema(example = "service-health.issue.resolved") String type,
        @NotNull Instant occurredAt,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be a partner id") @Schema(
                nullable = true, description = "Null: service health concerns everyone") String partnerId,
        @Schema(nullable = true) UUID tenantId,
        @NotNull @Valid Subject subject,
        @Schema(description = "Type-specific facts",
                example = "{\"service\": \"Exchange Online\", \"title\": \"Mail delays\", \"lastPost\": \"Mail flow is back to normal.\"}") Map<String, Object> data) {

    @Schema(name = "EventSubject", description = "What the event is about.")
    public record Subject(@NotBlank @Size(max = 40) @Schema(example = "health-issue") String kind,
            @NotBlank @Size(max = 100) @Schema(example = "0a45a270-ab04-4317-88f0-211f6b70de99") String id) {
    }

    /** A text field of {@code data}, cut to {@code max}; 422 naming {@code data.<name>} when it is absent. */
    public String text(String name, int max) {
        Object value = data == null ? null : data.get(name);
        if (value == null || value.toString().isBlank()) {
            throw SupportProblems.incompleteEvent("data." + name, type);
        }
        return io.partnerdesk.http.json.TextRules.fit(value.toString().trim(), max);
    }

    /** The subject's id as a UUID; 422 naming {@code subject.id} otherwise. */
    public UUID subjectUuid() {
        try {
            return UUID.fromString(subject.id());
        } catch (IllegalArgumentException e) {
            throw SupportProblems.incompleteEvent("subject.id", type);
        }
    }
}
