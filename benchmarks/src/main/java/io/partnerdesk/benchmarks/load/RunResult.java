package io.partnerdesk.benchmarks.load;

import java.time.Duration;
import java.util.Map;

/** One load run: its operations' results, over a measured window. */
public record RunResult(String label, Duration window, Duration elapsed, Map<String, OperationResult> operations) {

    public long calls() {
        return operations.values().stream().mapToLong(OperationResult::calls).sum();
    }

    public long errors() {
        return operations.values().stream().mapToLong(OperationResult::errors).sum();
    }

    /** Calls answered per second within the window (failed calls included; see {@link #errors()}). */
    public double throughput() {
        return calls() / (window.toNanos() / 1e9);
    }

    /** The result of the run's only operation. */
    public OperationResult only() {
        if (operations.size() != 1) {
            throw new IllegalStateException(label + " has " + operations.size() + " operations");
        }
        return operations.values().iterator().next();
    }
}
