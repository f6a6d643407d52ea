package io.partnerdesk.subscriptions.rest;

import java.net.URI;
import java.util.UUID;

/** The locations of subscriptions-service resources, for {@code Location} headers. */
final class ApiPaths {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private ApiPaths() {
    }

    static URI offer(UUID id) {
        return URI.create("/api/v1/offers/" + id);
    }

    static URI customer(UUID id) {
        return URI.create("/api/v1/customers/" + id);
    }

    static URI subscription(UUID customerId, UUID subscriptionId) {
        return URI.create("/api/v1/customers/" + customerId + "/subscriptions/" + subscriptionId);
    }

    static URI changeRequest(UUID id) {
        return URI.create("/api/v1/change-requests/" + id);
    }
}
