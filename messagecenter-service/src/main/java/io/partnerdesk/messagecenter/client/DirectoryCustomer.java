package io.partnerdesk.messagecenter.client;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A customer tenant and its partner, as subscriptions-service's tenant directory lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryCustomer(UUID id, String partnerId, String companyName) {
}
