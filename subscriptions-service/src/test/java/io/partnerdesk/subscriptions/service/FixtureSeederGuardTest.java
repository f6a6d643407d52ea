package io.partnerdesk.subscriptions.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

class FixtureSeederGuardTest {

    @Test
    @DisplayName("fixture seeding in the prod profile stops the start unless forced; dev and test seed freely")
    void prodRefusesUnlessForced() {
        assertThatThrownBy(() -> FixtureSeeder.requireNotProductionUnlessForced(LaunchMode.NORMAL, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES_IN_PRODUCTION");
        assertThatCode(() -> FixtureSeeder.requireNotProductionUnlessForced(LaunchMode.NORMAL, true))
                .doesNotThrowAnyException();
        assertThatCode(() -> FixtureSeeder.requireNotProductionUnlessForced(LaunchMode.TEST, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> FixtureSeeder.requireNotProductionUnlessForced(LaunchMode.DEVELOPMENT, false))
                .doesNotThrowAnyException();
    }
}
