package io.partnerdesk.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.partnerdesk.benchmarks.load.RunResult;

/**
 * Everything one benchmark run measured, section by section, for the report; {@code jvmOptions} names the options the
 * processes of section 6 ran with.
 */
public record Results(Settings settings, Machine machine, String jvmOptions, GatewayOverhead overhead,
        AddedLatency latency,
        TokenCost tokenCost, DatabaseLimit database, MixedWorkload mixed, List<Footprint> footprints) {

    /** Every load run of the benchmark, to count errors. */
    public List<RunResult> runs() {
        return Stream.of(overhead.direct().stream(), overhead.gateway().stream(),
                latency.runs().stream(), Stream.of(tokenCost.warm(), tokenCost.fresh(), database.reads(),
                        database.writes(), mixed.capacity(), mixed.run()))
                .flatMap(s -> s).toList();
    }

    public long errors() {
        return runs().stream().mapToLong(RunResult::errors).sum();
    }

    /** Where and when the run happened. */
    public record Machine(String date, String cpu, int cores, String memory, String java, String commit) {
    }

    /** 1. Saturation throughput of one subscription read, straight to the service and through the gateway. */
    public record GatewayOverhead(int callers, List<RunResult> direct, List<RunResult> gateway) {

        public double directThroughput() {
            return direct.stream().mapToDouble(RunResult::throughput).average().orElse(0);
        }

        public double gatewayThroughput() {
            return gateway.stream().mapToDouble(RunResult::throughput).average().orElse(0);
        }

        /**
         * The median over rounds of gateway / direct, each round's two runs taken back to back: a round that ran while
         * the machine was busier (or the JIT not done) weighs no more than any other.
         */
        public double ratio() {
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < Math.min(direct.size(), gateway.size()); round++) {
                ratios.add(roundRatio(round));
            }
            Collections.sort(ratios);
            int middle = ratios.size() / 2;
            return ratios.size() % 2 == 1 ? ratios.get(middle) : (ratios.get(middle - 1) + ratios.get(middle)) / 2;
        }

        public double roundRatio(int round) {
            return gateway.get(round).throughput() / direct.get(round).throughput();
        }
    }

    /**
     * 2. Latency of the same read at a constant rate of half the direct capacity (the goal's definition) and, when the
     * gateway's own capacity is lower than that, also at half the gateway's capacity, where neither side is near
     * saturation and the difference is the gateway's hop rather than its queue.
     */
    public record AddedLatency(LatencyPair atHalfDirect, Optional<LatencyPair> atHalfGateway) {

        List<RunResult> runs() {
            List<RunResult> runs = new ArrayList<>(List.of(atHalfDirect.direct(), atHalfDirect.gateway()));
            atHalfGateway.ifPresent(pair -> runs.addAll(List.of(pair.direct(), pair.gateway())));
            return runs;
        }
    }

    /** One constant rate, direct then through the gateway. */
    public record LatencyPair(double rate, RunResult direct, RunResult gateway) {
    }

    /** 3. CPU the gateway (and the service behind it) spends per request, reusing one token or a new one each time. */
    public record TokenCost(double rate, RunResult warm, RunResult fresh, Duration warmGatewayCpu,
            Duration freshGatewayCpu,
            Duration warmServiceCpu, Duration freshServiceCpu) {

        static double microsPerCall(Duration cpu, RunResult run) {
            return cpu.toNanos() / 1e3 / Math.max(1, run.calls());
        }
    }

    /**
     * 4. The service's reads and writes against pgbench on the same PostgreSQL, with as many clients.
     * {@code pgbenchSkipped} says why there are no pgbench figures (then its tps are NaN); the service's own runs are
     * measured either way.
     */
    public record DatabaseLimit(int clients, double pgbenchSelectTps, RunResult reads, double pgbenchWriteTps,
            RunResult writes, String pgbenchSkipped) {

        public boolean pgbenchMeasured() {
            return pgbenchSkipped == null;
        }
    }

    /**
     * 5. A partner's mixed workload through the gateway: its capacity (closed loop), then a constant rate of a share of
     * that capacity.
     */
    public record MixedWorkload(RunResult capacity, double rate, RunResult run) {
    }

    /** 6. One process's start-to-ready times and resident memory idle and at its peak under the load above. */
    public record Footprint(String process, List<Duration> startToReady, double idleRssMib, double peakRssMib) {

        public Duration medianStartToReady() {
            List<Duration> sorted = startToReady.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }
}
