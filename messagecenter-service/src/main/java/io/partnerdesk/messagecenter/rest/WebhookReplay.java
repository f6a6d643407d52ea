package io.partnerdesk.messagecenter.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookReplay", description = "Send again every kept event since a time.")
public record WebhookReplay(
        @NotNull @Schema(description = "From when; within the retention (7 days by default)") Instant since) {

    @Schema(name = "WebhookReplayResult", description = "What a replay queued.")
    public record Result(
            @Schema(description = "Deliveries queued: the kept events since the time that this webhook receives now") int queued,
            @Schema(nullable = true,
                    description = "Non-null when more events follow than one call replays: call again with since set to it") Instant continueFrom) {
    }
}
