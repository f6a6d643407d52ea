package io.partnerdesk.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

import io.partnerdesk.benchmarks.Results.Footprint;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume.StepResult;
import io.partnerdesk.benchmarks.volume.Statistics;

/**
 * The targets of issue 22, each with the run's figure (the median over rounds and their spread, where the section has
 * rounds) and whether it is met. The sections below the table hold the figures each row is taken from.
 */
final class Targets {

    static final double GATEWAY_RATIO = 0.80;
    static final double GATEWAY_CPU_MICROS = 60;
    static final double ADDED_P50_MILLIS = 0.3;
    static final double ADDED_P99_MILLIS = 2;
    static final double SERVICE_CPU_MICROS = 120;
    static final double PATCH_RATIO = 0.35;
    static final double RSS_MIB = 250;
    static final long START_MILLIS = 2_500;
    static final double VOLUME_MILLIS = 20;

    private record Row(String measure, String section, String figure, String target, Boolean met) {
    }

    private Targets() {
    }

    static String table(Results results) {
        List<Row> rows = new ArrayList<>();
        Results.GatewayOverhead overhead = results.overhead();
        rows.add(atLeast("gateway ÷ direct throughput at saturation", "1", overhead.ratios(), MarkdownReport::ratio,
                GATEWAY_RATIO, ""));
        rows.add(atMost("gateway CPU per request at saturation, token reused", "1", overhead.gatewayCpuMicros(),
                MarkdownReport::whole, GATEWAY_CPU_MICROS, " µs"));
        rows.add(atMost("added latency at half the gateway's capacity, p50", "2", results.latency().added(50),
                MarkdownReport::millis, ADDED_P50_MILLIS, " ms"));
        rows.add(atMost("added latency at half the gateway's capacity, p99", "2", results.latency().added(99),
                MarkdownReport::millis, ADDED_P99_MILLIS, " ms"));
        rows.add(atMost("service CPU per GET by id (direct, token reused)", "1", overhead.serviceCpuMicros(),
                MarkdownReport::whole, SERVICE_CPU_MICROS, " µs"));
        if (results.database().pgbenchMeasured()) {
            rows.add(atLeast("PATCH (row + history + outbox) ÷ `pgbench -N`", "4", results.database().writeRatios(),
                    MarkdownReport::ratio, PATCH_RATIO, ""));
        } else {
            rows.add(new Row("PATCH (row + history + outbox) ÷ `pgbench -N`", "4", "skipped (no pgbench)",
                    "≥ " + MarkdownReport.ratio(PATCH_RATIO), null));
        }
        List<Footprint> services = results.footprints().stream().filter(f -> !f.process().equals("gateway")).toList();
        double peak = services.stream().mapToDouble(Footprint::peakRssMib).max().orElse(Double.NaN);
        rows.add(new Row("RSS peak per service", "6",
                MarkdownReport.whole(peak) + " MiB (highest of " + services.stream()
                        .map(f -> MarkdownReport.whole(f.peakRssMib())).collect(Collectors.joining(", ")) + ")",
                "≤ " + MarkdownReport.whole(RSS_MIB) + " MiB", peak <= RSS_MIB));
        long slowest = services.stream().mapToLong(f -> f.medianStartToReady().toMillis()).max().orElse(0);
        rows.add(new Row("start to ready, services", "6",
                seconds(slowest) + " (slowest median; medians " + services.stream()
                        .map(f -> seconds(f.medianStartToReady().toMillis())).collect(Collectors.joining(", ")) + ")",
                "≤ " + seconds(START_MILLIS), slowest <= START_MILLIS));
        if (!results.volume().isEmpty()) {
            StepResult largest = results.volume().get(results.volume().size() - 1);
            for (MessageCenterVolume.Measure measure : largest.measures()) {
                rows.add(atMost(String.format(Locale.ROOT, "Message Center, %s, at %,d messages (%,d the customer's)",
                        measure.operation(), largest.step().total(), largest.step().customer()), "7",
                        measure.roundMedians(), MarkdownReport::millis, VOLUME_MILLIS, " ms"));
            }
        }
        long mixedErrors = results.mixed().run().errors() + results.mixed().capacity().errors();
        rows.add(new Row("errors in the mixed run (capacity and constant rate)", "5", String.valueOf(mixedErrors), "0",
                mixedErrors == 0));

        StringBuilder md = new StringBuilder("## Targets\n\n");
        md.append("Figures: the median of the rounds [lowest–highest round], where the section runs rounds.\n\n");
        md.append("| measure | section | this run | target | |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.measure()).append(" | ").append(row.section()).append(" | ")
                    .append(row.figure()).append(" | ").append(row.target()).append(" | ")
                    .append(row.met() == null ? "—" : MarkdownReport.met(row.met())).append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static Row atLeast(String measure, String section, List<Double> rounds, DoubleFunction<String> format,
            double target, String unit) {
        double median = Statistics.median(rounds);
        return new Row(measure, section, MarkdownReport.spread(rounds, format) + unit,
                "≥ " + format.apply(target) + unit, median >= target);
    }

    private static Row atMost(String measure, String section, List<Double> rounds, DoubleFunction<String> format,
            double target, String unit) {
        double median = Statistics.median(rounds);
        return new Row(measure, section, MarkdownReport.spread(rounds, format) + unit,
                "≤ " + format.apply(target) + unit, median <= target);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
