package io.partnerdesk.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.partnerdesk.tracing.UnexportedSpans;
import io.quarkus.test.junit.QuarkusTest;

/** Without a collector, spans go to {@link UnexportedSpans}: Quarkus's OTLP exporter is not used (no connection). */
@QuarkusTest
class UnexportedSpansTest {

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    @DisplayName("without OTEL_EXPORTER_OTLP_ENDPOINT the only span exporter is the one that sends nothing")
    void nothingIsExported() {
        assertThat(exporters.stream().toList()).singleElement().isInstanceOf(UnexportedSpans.class);
    }
}
