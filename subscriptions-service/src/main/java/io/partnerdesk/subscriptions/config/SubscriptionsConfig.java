package io.partnerdesk.subscriptions.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of subscriptions-service. */
@ConfigMapping(prefix = "partnerdesk.subscriptions")
public interface SubscriptionsConfig {

    /** How long after creation a subscription may still be cancelled. */
    @WithDefault("P7D")
    Duration cancellationWindow();

    /**
     * Whether to create the development fixture customers (SYSTEM.md section 2) at start. For local runs and tests
     * only; never enable it in production.
     */
    @WithDefault("false")
    boolean seedFixtures();

    /**
     * Fixture seeding in the {@code prod} profile (how every container and the local stack run the service) is refused
     * at start unless this is set: the demo compose override and the local stack set it, knowingly.
     */
    @WithDefault("false")
    boolean seedFixturesInProduction();
}
