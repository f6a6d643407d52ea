package io.partnerdesk.support.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of support-service. */
@ConfigMapping(prefix = "partnerdesk.support")
public interface SupportConfig {

    /** How long after resolution the partner may reopen a request. */
    @WithDefault("P7D")
    Duration reopenWindow();

    /**
     * How often {@code SlaBreachWatch} looks for requests past their first-response target (a duration such as
     * {@code 30s}, or {@code off}). Read by its {@code @Scheduled}; declared here so that the setting is documented.
     */
    @WithDefault("30s")
    String slaWatchInterval();
}
