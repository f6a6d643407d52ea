package io.partnerdesk.messagecenter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MessageLinks", description = "API paths related to a notification, relative to the API's base URL.")
public record MessageLinks(
        @Schema(description = "GET this path (with the reader's own token) to read the subject",
                examples = "/api/v1/customers/11111111-1111-4111-8111-111111111111/subscriptions/6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02",
                nullable = true) String subject) {
}
