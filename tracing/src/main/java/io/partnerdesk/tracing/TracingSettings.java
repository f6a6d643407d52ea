package io.partnerdesk.tracing;

/** The values of this module's own configuration keys (META-INF/microprofile-config.properties). */
public final class TracingSettings {

    /** {@code partnerdesk.traces.otlp-endpoint} while {@code OTEL_EXPORTER_OTLP_ENDPOINT} is unset. */
    public static final String NO_COLLECTOR = "none";

    private TracingSettings() {
    }

    /** Whether {@code partnerdesk.traces.otlp-endpoint} names a collector (unset and empty do not). */
    public static boolean exports(String collector) {
        return collector != null && !collector.isBlank() && !NO_COLLECTOR.equals(collector.trim());
    }
}
