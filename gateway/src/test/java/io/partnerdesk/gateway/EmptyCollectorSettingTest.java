package io.partnerdesk.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.partnerdesk.tracing.UnexportedSpans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Compose hands every service {@code OTEL_EXPORTER_OTLP_ENDPOINT: ${OTEL_EXPORTER_OTLP_ENDPOINT:-}}, i.e. an empty
 * value when the operator sets none, and so do the tracing keys' other sources: empty means no collector. (The first
 * clean-clone CI of the sampler failed here: the services refused to start on the empty value.)
 */
@QuarkusTest
@TestProfile(EmptyCollectorSettingTest.EmptyValues.class)
class EmptyCollectorSettingTest {

    public static final class EmptyValues implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnerdesk.traces.otlp-endpoint", "", "partnerdesk.traces.sample-ratio", "");
        }
    }

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    @DisplayName("empty collector and ratio settings start the gateway, with nothing exported")
    void emptyIsNoCollector() {
        assertThat(exporters.stream().toList()).singleElement().isInstanceOf(UnexportedSpans.class);
        Api.as(Tokens.partner("gw-empty-otlp")).get("/api/v1/nothing-here").then().statusCode(404);
    }
}
