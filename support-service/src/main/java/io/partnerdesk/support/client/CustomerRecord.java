package io.partnerdesk.support.client;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of subscriptions-service's customer that support-service relies on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerRecord(UUID id, String partnerId, String companyName) {
}
