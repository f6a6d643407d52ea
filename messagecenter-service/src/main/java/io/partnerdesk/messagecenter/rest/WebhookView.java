package io.partnerdesk.messagecenter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.messagecenter.Webhook;

@Schema(name = "Webhook", description = "A registered receiver of events. Its secret is shown only when it is made.")
public record WebhookView(
        UUID id,
        String url,
        @Schema(nullable = true) String description,
        List<String> eventTypes,
        @Schema(description = "Empty: every customer of the partner (a customer's webhook: its own tenant)") List<UUID> customerIds,
        boolean enabled,
        @Schema(nullable = true,
                description = "Why PartnerDesk disabled it (410 Gone, retries exhausted); null while enabled") String disabledReason,
        @Schema(nullable = true,
                description = "The partner that owns it; null for a customer's webhook") String partnerId,
        @Schema(nullable = true, description = "The tenant that owns it; null for a partner's webhook") UUID tenantId,
        @Schema(nullable = true,
                description = "Until when the previous secret still signs, after a rotation; null otherwise") Instant previousSecretExpiresAt,
        Instant createdAt,
        Instant updatedAt) {

    public static WebhookView of(Webhook w, Instant now) {
        Instant overlap = w.previousSecretExpiresAt != null && now.isBefore(w.previousSecretExpiresAt)
                ? w.previousSecretExpiresAt
                : null;
        return new WebhookView(w.id, w.url, w.description, List.copyOf(w.eventTypes), List.copyOf(w.customerIds),
                w.enabled, w.disabledReason, w.partnerId, w.tenantId, overlap, w.createdAt, w.updatedAt);
    }

    public static Cursor cursor(Webhook w) {
        return new Cursor(w.createdAt, w.id);
    }

    @Schema(name = "CreatedWebhook", description = "The new webhook and its signing secret, shown this once.")
    public record Created(WebhookView webhook,
            @Schema(description = "The signing secret (whsec_ and base64): keep it; it is never shown again",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }

    @Schema(name = "WebhookSecret", description = "A new signing secret, shown this once.")
    public record Secret(
            @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
            @Schema(description = "Until then deliveries carry a signature with the previous secret too") Instant previousSecretExpiresAt) {
    }
}
