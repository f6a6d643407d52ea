package io.partnerdesk.benchmarks.volume;

import java.util.List;

/** The one statistic the report takes over rounds. */
public final class Statistics {

    private Statistics() {
    }

    /** The median; the mean of the middle two for an even count; NaN for none. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
