package io.partnerdesk.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;

class TraceSamplingTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static SamplingDecision decide(Sampler sampler, Context parent) {
        return sampler.shouldSample(parent, TRACE, "GET /api/v1/offers", SpanKind.SERVER, Attributes.empty(),
                List.of()).getDecision();
    }

    private static Context remoteParent(boolean sampled) {
        return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(TRACE, "00f067aa0ba902b7",
                sampled ? TraceFlags.getSampled() : TraceFlags.getDefault(), TraceState.getDefault())));
    }

    @Test
    void withoutACollectorNothingIsRecordedNotEvenASampledCallersTrace() {
        for (String none : new String[]{ "none", "", " " }) {
            Sampler sampler = TraceSampling.of(none, 1.0);
            assertThat(decide(sampler, Context.root())).isEqualTo(SamplingDecision.DROP);
            assertThat(decide(sampler, remoteParent(true))).isEqualTo(SamplingDecision.DROP);
        }
    }

    @Test
    void withACollectorNewTracesAtTheRatioAndCallersDecisionsFollowed() {
        Sampler all = TraceSampling.of("http://otel-collector:4317", 1.0);
        assertThat(decide(all, Context.root())).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
        assertThat(decide(all, remoteParent(false))).isEqualTo(SamplingDecision.DROP);

        Sampler none = TraceSampling.of("http://otel-collector:4317", 0.0);
        assertThat(decide(none, Context.root())).isEqualTo(SamplingDecision.DROP);
        assertThat(decide(none, remoteParent(true))).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
    }

    @Test
    void aRatioOutsideZeroToOneIsRefusedAtStart() {
        for (double wrong : new double[]{ -0.1, 1.5, Double.NaN }) {
            assertThatThrownBy(() -> TraceSampling.of("http://otel-collector:4317", wrong))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTEL_TRACES_SAMPLER_ARG");
        }
    }
}
