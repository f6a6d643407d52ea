package io.partnerdesk.tracing;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;

/**
 * Where spans go while no collector is configured: nowhere. Traces are still made (trace and span ids in every log
 * line, {@code traceparent} passed on to the next process), only not sent.
 * <p>
 * Why a bean: Quarkus 3.33 cannot switch its OTLP exporter off at run time; an empty endpoint falls back to
 * {@code localhost:4317} (quarkus#44200), and every batch then fails with a logged error. A {@link SpanExporter} bean
 * replaces the OTLP exporter, and this one is visible only while {@code partnerdesk.traces.otlp-endpoint} is
 * {@code none} or empty, i.e. while {@code OTEL_EXPORTER_OTLP_ENDPOINT} is unset or empty (compose passes it on as
 * {@code ${OTEL_EXPORTER_OTLP_ENDPOINT:-}}); with it set, Quarkus's OTLP exporter sends spans there.
 */
@ApplicationScoped
@LookupIfProperty(name = "partnerdesk.traces.otlp-endpoint", stringValue = TracingSettings.NO_COLLECTOR,
        lookupIfMissing = true)
public class UnexportedSpans implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
