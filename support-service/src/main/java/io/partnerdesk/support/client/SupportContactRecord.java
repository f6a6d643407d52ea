package io.partnerdesk.support.client;

import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of subscriptions-service's {@code SupportContact} that problem reports rely on: whose customer this is,
 * and the partner's published hours and response target (no profile: no target).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SupportContactRecord(UUID customerId, String companyName, String partnerId, Profile supportProfile) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(String displayName, Hours hours, String responseTarget) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hours(String timeZone, Set<String> days, String from, String to) {
    }
}
