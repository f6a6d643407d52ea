package io.partnerdesk.support.client;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of subscriptions-service's subscription that a problem report names. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionRecord(UUID id, UUID customerId) {
}
