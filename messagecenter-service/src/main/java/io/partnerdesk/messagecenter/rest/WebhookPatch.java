package io.partnerdesk.messagecenter.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookPatch", description = "Fields of a webhook to change; absent fields stay as they are.")
public record WebhookPatch(
        @Size(min = 1, max = 2048) String url,
        @Size(min = 1, max = 20) @Schema(
                description = NewWebhook.EVENT_TYPES) List<@NotBlank @Size(max = 60) String> eventTypes,
        @Size(max = 100) List<@NotNull UUID> customerIds,
        @Schema(description = "false pauses deliveries; true resumes them (and clears disabledReason)") Boolean enabled,
        @Size(max = 200) String description) {

    public boolean changesNothing() {
        return url == null && eventTypes == null && customerIds == null && enabled == null && description == null;
    }
}
