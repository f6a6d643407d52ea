package io.partnerdesk.messagecenter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MessageSubject", description = "What a notification is about, as a person knows it.")
public record MessageSubject(
        @Schema(description = "subscription, change-request, support-request or problem-report",
                examples = "subscription") String type,
        @Schema(examples = "6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02") String id,
        @Schema(description = "A subscription's friendly name and offer, a support request's or problem report's number",
                examples = "Shanghai office E3 (Office 365 E3)") String displayName) {
}
