package io.partnerdesk.gateway.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The routing table and limits of the gateway. Routes map a path prefix to a backend name, e.g.
 * {@code partnerdesk.gateway.routes."/api/v1/offers"=subscriptions}; backends name a base URL and their timeouts.
 */
@ConfigMapping(prefix = "partnerdesk.gateway")
public interface GatewayConfig {

    /** Path prefix → backend name. A path matches a prefix when it equals it or continues with '/'. */
    Map<String, String> routes();

    Map<String, Backend> backends();

    /** Request bodies larger than this are refused with 413. */
    @WithDefault("65536")
    long maxBodyBytes();

    /** Per-route body limits that replace {@link #maxBodyBytes()}: path prefix → bytes. */
    Map<String, Long> routeMaxBodyBytes();

    RateLimit rateLimit();

    interface Backend {

        /** Base URL, e.g. {@code http://localhost:8081}. */
        String url();

        @WithDefault("PT0.5S")
        Duration connectTimeout();

        /** How long the backend may take to start answering before the caller gets 504. */
        @WithDefault("PT10S")
        Duration responseTimeout();

        CircuitBreaker circuitBreaker();
    }

    interface CircuitBreaker {

        /**
         * Consecutive outage signals that open the breaker: connection failures, timeouts and the backend's own 502, 503
         * or 504. A 500 (or any 4xx) is an answer about one request and clears the count: one caller's bad requests
         * never close a backend for the others.
         */
        @WithDefault("5")
        int failureThreshold();

        /**
         * How long counted failures are remembered; at least the threshold's worth of response timeouts, so a hung
         * backend (every call a timeout) opens the breaker too.
         */
        @WithDefault("PT1M")
        Duration failureWindow();

        /** How long an open breaker refuses calls before it lets one probe through. */
        @WithDefault("PT10S")
        Duration openFor();
    }

    interface RateLimit {

        /** Requests one caller may make per window. */
        @WithDefault("600")
        long requests();

        @WithDefault("PT1M")
        Duration window();
    }
}
