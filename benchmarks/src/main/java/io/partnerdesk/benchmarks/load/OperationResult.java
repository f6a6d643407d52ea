package io.partnerdesk.benchmarks.load;

import java.util.Map;

import org.HdrHistogram.Histogram;

/** One operation's calls in a run: how many, how many failed and how, and their latency distribution. */
public record OperationResult(String name, long calls, long errors, Map<String, Long> errorKinds, Histogram latencies) {

    /** A latency percentile in milliseconds, e.g. {@code percentileMillis(99.9)}. */
    public double percentileMillis(double percentile) {
        return latencies.getValueAtPercentile(percentile) / 1e6;
    }

    public double errorRate() {
        return calls == 0 ? 0 : (double) errors / calls;
    }
}
