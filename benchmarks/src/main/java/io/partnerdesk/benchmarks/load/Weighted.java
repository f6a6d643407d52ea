package io.partnerdesk.benchmarks.load;

import java.util.ArrayList;
import java.util.List;

/** An operation and its share of a mixed workload. */
public record Weighted(Operation operation, int weight) {

    public Weighted {
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1");
        }
    }

    /**
     * One cycle of calls with each operation as often as its weight, spread evenly (smooth weighted round robin), so
     * that a constant-rate run sends the same mix in every second rather than in bursts of one kind.
     */
    static List<Operation> interleave(List<Weighted> mix) {
        int total = mix.stream().mapToInt(Weighted::weight).sum();
        int[] current = new int[mix.size()];
        List<Operation> cycle = new ArrayList<>(total);
        for (int n = 0; n < total; n++) {
            int best = 0;
            for (int i = 0; i < mix.size(); i++) {
                current[i] += mix.get(i).weight();
                if (current[i] > current[best]) {
                    best = i;
                }
            }
            current[best] -= total;
            cycle.add(mix.get(best).operation());
        }
        return cycle;
    }
}
