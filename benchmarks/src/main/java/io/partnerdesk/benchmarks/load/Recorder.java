package io.partnerdesk.benchmarks.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;

/** Collects one run's latencies and outcomes per operation; used on the generator's event loop only. */
final class Recorder {

    private final Map<String, Histogram> latencies = new LinkedHashMap<>();
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> errors = new LinkedHashMap<>();

    Recorder(List<String> operations) {
        for (String operation : operations) {
            // Nanoseconds up to one minute, three significant digits.
            latencies.put(operation, new Histogram(60_000_000_000L, 3));
            counts.put(operation, new long[2]);
            errors.put(operation, new TreeMap<>());
        }
    }

    void record(String operation, long latencyNanos, Outcome outcome) {
        latencies.get(operation).recordValue(Math.min(Math.max(latencyNanos, 0), 60_000_000_000L));
        long[] count = counts.get(operation);
        count[0]++;
        if (!outcome.ok()) {
            count[1]++;
            errors.get(operation).merge(outcome.error(), 1L, Long::sum);
        }
    }

    RunResult result(String label, Duration window, long elapsedNanos) {
        Map<String, OperationResult> operations = new LinkedHashMap<>();
        for (String operation : latencies.keySet()) {
            long[] count = counts.get(operation);
            operations.put(operation,
                    new OperationResult(operation, count[0], count[1], Map.copyOf(errors.get(operation)),
                            latencies.get(operation).copy()));
        }
        return new RunResult(label, window, Duration.ofNanos(elapsedNanos), operations);
    }
}
