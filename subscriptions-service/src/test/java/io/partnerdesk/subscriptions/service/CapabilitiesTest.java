package io.partnerdesk.subscriptions.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {

    @Test
    @DisplayName("capabilities are the sorted union of the roles'; unknown roles add none")
    void union() {
        assertThat(Capabilities.of(Set.of("service", "offline_access"))).containsExactly("events:deliver");
        assertThat(Capabilities.of(Set.of())).isEmpty();
        var both = Capabilities.of(Set.of("support-engineer", "operator"));
        assertThat(both).contains("support-requests:triage", "offers:manage").doesNotHaveDuplicates().isSorted();
    }

    @Test
    @DisplayName("customers read and ask; only partners change subscriptions and decide change requests")
    void customerAndPartner() {
        assertThat(Capabilities.of(Set.of("customer"))).contains("subscriptions:read", "change-requests:create")
                .doesNotContain("subscriptions:update", "change-requests:decide", "customers:create");
        assertThat(Capabilities.of(Set.of("partner"))).contains("subscriptions:update", "change-requests:decide")
                .doesNotContain("change-requests:create", "messages:publish");
    }
}
