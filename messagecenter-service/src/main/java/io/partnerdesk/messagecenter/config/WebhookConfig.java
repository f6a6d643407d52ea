package io.partnerdesk.messagecenter.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How partner webhooks are delivered. Defaults are production's; the local stack allows plain http and loopback
 * receivers ({@code PARTNERDESK_WEBHOOKS_ALLOW_HTTP}, {@code PARTNERDESK_WEBHOOKS_ALLOWED_CIDRS}).
 */
@ConfigMapping(prefix = "partnerdesk.webhooks")
public interface WebhookConfig {

    /** Accept {@code http://} receivers. Off in production: a webhook's body and signature travel over TLS only. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Address ranges (CIDR) a receiver may resolve to although they are loopback, private, link-local or otherwise
     * refused; empty in production.
     */
    Optional<List<String>> allowedCidrs();

    /** The most webhooks one partner or one customer may register. */
    @WithDefault("20")
    int maxPerOwner();

    /** How long a rotated-out secret keeps signing alongside the new one. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    /** How long events are kept for replay. */
    @WithDefault("P7D")
    Duration eventRetention();

    /** How long finished deliveries (and their attempts) are kept in the delivery log. */
    @WithDefault("P30D")
    Duration deliveryRetention();

    Delivery delivery();

    interface Delivery {

        /** Off: deliveries stay queued (a replica that only serves the API). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("PT5S")
        Duration connectTimeout();

        /** A receiver must answer 2xx within this time for a delivery to succeed. */
        @WithDefault("PT10S")
        Duration responseTimeout();

        /** The first retry waits up to this long; each next one twice as long, up to {@link #maxDelay()}. */
        @WithDefault("PT10S")
        Duration initialDelay();

        @WithDefault("PT2H")
        Duration maxDelay();

        /** After this long since a delivery's first attempt it fails for good and its webhook is disabled. */
        @WithDefault("PT72H")
        Duration retryHorizon();

        /** Deliveries to one webhook in flight at once, so that a slow receiver holds up no other webhook. */
        @WithDefault("4")
        int maxInFlightPerWebhook();

        /** Deliveries claimed per pass. */
        @WithDefault("50")
        int batchSize();

        @WithDefault("PT1S")
        Duration pollInterval();
    }
}
