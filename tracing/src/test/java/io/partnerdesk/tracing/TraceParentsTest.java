package io.partnerdesk.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

class TraceParentsTest {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aStoredTraceparentRoundTrips() {
        Context parent = TraceParents.parentOf(TRACEPARENT);
        SpanContext span = Span.fromContext(parent).getSpanContext();
        assertThat(span.isValid()).isTrue();
        assertThat(span.isRemote()).isTrue();
        assertThat(TraceParents.of(parent)).isEqualTo(TRACEPARENT);
    }

    @Test
    void nothingOrGarbageStartsAFreshTrace() {
        for (String bad : new String[]{ null, "", "00-not-a-trace", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01",
                TRACEPARENT + "\n" + TRACEPARENT, "x".repeat(10_000) }) {
            assertThat(Span.fromContext(TraceParents.parentOf(bad)).getSpanContext().isValid()).as(bad).isFalse();
        }
    }

    @Test
    void currentAndInjectFollowTheCurrentSpan() {
        Map<String, String> headers = new HashMap<>();
        assertThat(TraceParents.current()).isNull();
        TraceParents.inject(headers::put);
        assertThat(headers).isEmpty();

        SpanContext span = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getDefault(), TraceState.getDefault());
        try (Scope ignored = Context.root().with(Span.wrap(span)).makeCurrent()) {
            assertThat(TraceParents.current()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
            TraceParents.inject(headers::put);
        }
        assertThat(headers).containsEntry("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
    }
}
