package io.partnerdesk.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code partnerdesk.outbox.*}: where events go and how the relay delivers them. */
@ConfigMapping(prefix = "partnerdesk.outbox")
public interface OutboxConfig {

    /** messagecenter-service's {@code /internal/v1/events} URL. */
    String consumerUrl();

    /** How long delivered rows are kept before they are pruned. */
    @WithDefault("P7D")
    Duration retention();

    /** How often delivered rows older than {@link #retention()} are pruned. */
    @WithDefault("10m")
    Duration pruneInterval();

    Relay relay();

    interface Relay {

        /** Off only in tests that look at the outbox table itself. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How often the relay looks for rows when nothing wakes it. Commits in this process wake it at once; the poll
         * finds rows written by other replicas and rows whose backoff has passed.
         */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("50")
        int batchSize();

        /** How long a claimed row is reserved for the relay that claimed it; longer than a delivery can take. */
        @WithDefault("15s")
        Duration lease();

        @WithDefault("1s")
        Duration connectTimeout();

        /** A delivery that takes longer counts as failed and is retried; must be well below {@link #lease()}. */
        @WithDefault("5s")
        Duration requestTimeout();

        /** Delay after the first failure; it doubles with each further failure, with jitter, up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        /** Bounds how long delivery may lag once the consumer is back after an outage. */
        @WithDefault("10s")
        Duration maxBackoff();

        /**
         * Attempts after which an event that fails on its own (the consumer answers others: a 500 for this subject) is
         * parked, so that it never holds back its subject for long. Failures of the whole consumer do not count here.
         */
        @WithDefault("20")
        int maxAttempts();

        /** Age after which any undelivered event is parked, even while the consumer as a whole is away. */
        @WithDefault("P1D")
        Duration maxAge();
    }
}
