package io.partnerdesk.subscriptions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents the 403 a customer gets for a subscription write: a problem with the extension member
 * {@code supportContact}. Never built: the body is made by {@code SubscriptionProblems.customerCannotWrite}.
 */
@Schema(name = "SubscriptionReadOnlyProblem",
        description = "The problem a customer gets for a subscription write: whom to ask instead, in supportContact.")
public record ReadOnlyProblem(
        @Schema(example = "https://partnerdesk.io/problems/subscription-read-only") String type,
        @Schema(example = "Subscriptions are read-only for customers") String title,
        @Schema(example = "403") int status,
        @Schema(example = "Only your partner can change subscriptions. Ask your partner, Contoso Cloud Support (support@contoso.example, +86 21 5555 0100), or file a change request: POST /api/v1/customers/11111111-1111-4111-8111-111111111111/subscriptions/0a45a270-ab04-4317-88f0-211f6b70de99/change-requests.") String detail,
        String instance,
        String requestId,
        @Schema(nullable = true,
                description = "The customer's partner and its support profile (null while it has none)") SupportContactView supportContact) {
}
