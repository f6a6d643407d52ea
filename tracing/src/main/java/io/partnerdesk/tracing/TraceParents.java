package io.partnerdesk.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * A trace context as a W3C {@code traceparent} value, for work that leaves the request it was caused by: an outbox row
 * keeps the {@code traceparent} of the change that wrote it, and its delivery, later and on another thread, continues
 * that trace. HTTP calls made by Quarkus's own clients propagate the context by themselves; this is for what they do
 * not carry (a database row, a plain {@link java.net.http.HttpClient} request).
 */
public final class TraceParents {

    public static final String HEADER = "traceparent";
    /** The vendor part of a W3C trace context; it belongs to the {@link #HEADER} it came with. */
    public static final String STATE_HEADER = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<String> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceParent) {
            return java.util.List.of(HEADER);
        }

        @Override
        public String get(String traceParent, String key) {
            return HEADER.equals(key) ? traceParent : null;
        }
    };

    private TraceParents() {
    }

    /** The {@code traceparent} of the current span, or null when there is none (no trace is being recorded here). */
    public static String current() {
        return of(Context.current());
    }

    /** The {@code traceparent} of the span in {@code context}, or null when it holds no valid span. */
    public static String of(Context context) {
        SpanContext span = Span.fromContext(context).getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /**
     * The context whose (remote) parent span {@code traceParent} names; the root context when it is null or not a
     * valid {@code traceparent}, so that the work starts a trace of its own rather than failing.
     */
    public static Context parentOf(String traceParent) {
        if (traceParent == null || traceParent.isEmpty()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), traceParent, STORED);
    }

    /** Writes the current context's {@code traceparent} (if any) as a header through {@code header}. */
    public static void inject(BiConsumer<String, String> header) {
        String traceParent = current();
        if (traceParent != null) {
            header.accept(HEADER, traceParent);
        }
    }
}
