package io.partnerdesk.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.partnerdesk.benchmarks.load.RunResult;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume.StepResult;
import io.partnerdesk.benchmarks.volume.Statistics;

/**
 * Everything one benchmark run measured, section by section, for the report; {@code jvmOptions} names the options the
 * processes of section 6 ran with.
 */
public record Results(Settings settings, Machine machine, String jvmOptions, GatewayOverhead overhead,
        AddedLatency latency,
        TokenCost tokenCost, DatabaseLimit database, MixedWorkload mixed, List<Footprint> footprints,
        List<StepResult> volume) {

    /** Every load run of the benchmark, to count errors. */
    public List<RunResult> runs() {
        return Stream.of(overhead.direct().stream(), overhead.gateway().stream(),
                latency.runs().stream(), Stream.of(tokenCost.warm(), tokenCost.fresh(), database.reads()),
                database.writes().stream(), Stream.of(mixed.capacity(), mixed.run()))
                .flatMap(s -> s).toList();
    }

    /** Failed calls: of the load runs and of the volume section's sequential calls. */
    public long errors() {
        return runs().stream().mapToLong(RunResult::errors).sum()
                + volume.stream().mapToLong(StepResult::errors).sum();
    }

    /** Calls measured: of the load runs and of the volume section (rounds × calls per operation and volume). */
    public long calls() {
        long volumeCalls = (long) volume.size() * MessageCenterVolume.OPERATIONS.size() * settings.volumeRounds()
                * settings.volumeCalls();
        return runs().stream().mapToLong(RunResult::calls).sum() + volumeCalls;
    }

    /** Where and when the run happened. */
    public record Machine(String date, String cpu, int cores, String memory, String java, String commit) {
    }

    /**
     * 1. Saturation throughput of one subscription read, straight to the service and through the gateway, with the CPU
     * time per call of the gateway (in its runs) and of the service (in the direct runs), per round, in µs.
     */
    public record GatewayOverhead(int callers, List<RunResult> direct, List<RunResult> gateway,
            List<Double> gatewayCpuMicros, List<Double> serviceCpuMicros) {

        public List<Double> ratios() {
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < Math.min(direct.size(), gateway.size()); round++) {
                ratios.add(roundRatio(round));
            }
            return ratios;
        }

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
            return Statistics.median(ratios());
        }

        public double roundRatio(int round) {
            return gateway.get(round).throughput() / direct.get(round).throughput();
        }
    }

    /**
     * 2. Latency of the same read at a constant rate of half the gateway's capacity (where neither side is near
     * saturation, so the difference is the gateway's hop rather than its queue), direct then gateway, in rounds.
     */
    public record AddedLatency(double rate, List<LatencyPair> rounds) {

        List<RunResult> runs() {
            return rounds.stream().flatMap(pair -> Stream.of(pair.direct(), pair.gateway())).toList();
        }

        /** The gateway's added latency at a percentile, per round, in ms. */
        public List<Double> added(double percentile) {
            return rounds.stream().map(pair -> pair.gateway().only().percentileMillis(percentile)
                    - pair.direct().only().percentileMillis(percentile)).toList();
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
    public record DatabaseLimit(int clients, double pgbenchSelectTps, RunResult reads, List<Double> pgbenchWriteTps,
            List<RunResult> writes, String pgbenchSkipped) {

        public boolean pgbenchMeasured() {
            return pgbenchSkipped == null;
        }

        /** Service PATCHes per second ÷ pgbench -N tps, per round (NaN without pgbench). */
        public List<Double> writeRatios() {
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < writes.size(); round++) {
                ratios.add(writes.get(round).throughput() / pgbenchWriteTps.get(round));
            }
            return ratios;
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
