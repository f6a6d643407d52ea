package io.partnerdesk.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.partnerdesk.benchmarks.Results.Footprint;
import io.partnerdesk.benchmarks.Results.TokenCost;
import io.partnerdesk.benchmarks.load.OperationResult;
import io.partnerdesk.benchmarks.load.RunResult;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume.StepResult;
import io.partnerdesk.benchmarks.volume.Statistics;

/** Renders a run's {@link Results} as docs/benchmarks.md: the command, the machine, six sections, goals met or not. */
final class MarkdownReport {

    static final String COMMAND = "benchmarks/run.sh";

    private MarkdownReport() {
    }

    /** The heading of benchmarks/README.md's section that the report repeats. */
    static final String FINDINGS_HEADING = "## Findings (what changed which number)";

    /**
     * {@code chartPrefix}: the report's file name without ".md"; its charts are written beside it under that name.
     * {@code findings}: benchmarks/README.md's findings section (see {@link #findings}), repeated at the end so that
     * the report says what changed which number; empty to leave it out.
     */
    static String render(Results results, String chartPrefix, String findings) {
        StringBuilder md = new StringBuilder();
        Results.Machine machine = results.machine();
        md.append("# PartnerDesk benchmarks\n\n");
        md.append("Written by `").append(COMMAND).append(results.settings().name().equals("full") ? "" : " --smoke")
                .append("` (see [benchmarks/README.md](../benchmarks/README.md) for the method and the findings). ")
                .append("Absolute numbers on a shared 2-core machine are noise; read the ratios and the differences.\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Date | ").append(machine.date()).append(" |\n");
        md.append("| Commit | ").append(machine.commit()).append(" |\n");
        md.append("| Machine | ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores, ")
                .append(machine.memory()).append(" |\n");
        md.append("| Java | ").append(machine.java()).append(" |\n");
        md.append("| Run | ").append(results.settings().name()).append(": warm-up ")
                .append(seconds(results.settings().warmup()))
                .append(", saturation ").append(results.settings().saturationRounds()).append(" × ")
                .append(seconds(results.settings().saturation())).append(" per side with ")
                .append(results.settings().saturationCallers()).append(" callers |\n");
        md.append("| Errors | ").append(results.errors()).append(" of ")
                .append(results.calls()).append(" measured calls |\n\n");
        md.append(
                "Everything runs on this one machine: load generator (one event-loop thread), gateway, three services, ")
                .append("Keycloak and PostgreSQL. Latencies of constant-rate runs count from when a call was due, so ")
                .append("queueing behind a slow call is included (no coordinated omission).\n\n");

        md.append(Targets.table(results));

        Results.GatewayOverhead overhead = results.overhead();
        md.append("## 1. Gateway overhead (throughput at saturation)\n\n");
        md.append("`GET /api/v1/customers/{id}/subscriptions/{id}`, closed loop, ").append(overhead.callers())
                .append(" concurrent callers, direct and gateway runs alternating. CPU per call: the process's CPU ")
                .append("time (user + system, from the OS) over the run ÷ its calls, one token reused.\n\n");
        md.append("| | calls/s per round | mean calls/s | CPU µs/call per round | errors |\n|---|---|---|---|---|\n");
        md.append("| direct to subscriptions-service | ").append(rounds(overhead.direct())).append(" | ")
                .append(whole(overhead.directThroughput())).append(" | ").append(wholes(overhead.serviceCpuMicros()))
                .append(" (service) | ").append(errors(overhead.direct())).append(" |\n");
        md.append("| through the gateway | ").append(rounds(overhead.gateway())).append(" | ")
                .append(whole(overhead.gatewayThroughput())).append(" | ").append(wholes(overhead.gatewayCpuMicros()))
                .append(" (gateway) | ").append(errors(overhead.gateway())).append(" |\n\n");
        md.append("Gateway / direct per round: ")
                .append(overhead.ratios().stream().map(MarkdownReport::ratio).collect(Collectors.joining(", ")))
                .append("; median **").append(ratio(overhead.ratio())).append("**.\n\n");

        Results.AddedLatency latency = results.latency();
        md.append("## 2. Added latency at half the gateway's capacity\n\n");
        md.append("The same call at a constant ").append(whole(latency.rate())).append(" calls/s (half the lower ")
                .append("capacity of section 1) for ").append(seconds(results.settings().constantRate()))
                .append(" each, direct then gateway, ").append(latency.rounds().size())
                .append(" round(s). Latency counts from when a call was due.\n\n");
        md.append("![Latency by percentile, direct and through the gateway](").append(chartPrefix)
                .append("-latency.svg)\n\n");
        md.append("| percentile | direct ms per round | gateway ms per round | added ms, median [min–max] |\n")
                .append("|---|---|---|---|\n");
        for (double percentile : new double[]{ 50, 90, 99, 99.9 }) {
            md.append("| p").append(percentile(percentile)).append(" | ")
                    .append(latency.rounds().stream()
                            .map(pair -> millis(pair.direct().only().percentileMillis(percentile)))
                            .collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(latency.rounds().stream()
                            .map(pair -> millis(pair.gateway().only().percentileMillis(percentile)))
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(spread(latency.added(percentile), MarkdownReport::millis)).append(" |\n");
        }
        md.append("\nErrors: ").append(latency.runs().stream().mapToLong(RunResult::errors).sum()).append(".\n\n");

        TokenCost tokens = results.tokenCost();
        md.append("## 3. Token validation: CPU per request\n\n");
        md.append("Process CPU time (user + system, from the OS) divided by calls, at a constant ")
                .append(whole(tokens.rate()))
                .append(" calls/s for ").append(seconds(results.settings().tokenCost()))
                .append(" through the gateway. \"Warm\": the client reuses one token; \"fresh\": every call carries a ")
                .append("token signed by Keycloak that no process has seen before.\n\n");
        md.append("| token | gateway CPU µs/call | subscriptions-service CPU µs/call | p50 ms | p99 ms | errors |\n")
                .append("|---|---|---|---|---|---|\n");
        md.append("| warm (one token reused) | ")
                .append(whole(TokenCost.microsPerCall(tokens.warmGatewayCpu(), tokens.warm())))
                .append(" | ").append(whole(TokenCost.microsPerCall(tokens.warmServiceCpu(), tokens.warm())))
                .append(" | ")
                .append(millis(tokens.warm().only().percentileMillis(50))).append(" | ")
                .append(millis(tokens.warm().only().percentileMillis(99))).append(" | ").append(tokens.warm().errors())
                .append(" |\n");
        md.append("| fresh (new token per call) | ")
                .append(whole(TokenCost.microsPerCall(tokens.freshGatewayCpu(), tokens.fresh())))
                .append(" | ").append(whole(TokenCost.microsPerCall(tokens.freshServiceCpu(), tokens.fresh())))
                .append(" | ")
                .append(millis(tokens.fresh().only().percentileMillis(50))).append(" | ")
                .append(millis(tokens.fresh().only().percentileMillis(99))).append(" | ")
                .append(tokens.fresh().errors())
                .append(" |\n\n");
        md.append("Fresh / warm gateway CPU per call = ").append(ratio(TokenCost.microsPerCall(tokens.freshGatewayCpu(),
                tokens.fresh()) / TokenCost.microsPerCall(tokens.warmGatewayCpu(), tokens.warm()))).append(".\n\n");

        Results.DatabaseLimit database = results.database();
        md.append("## 4. Against the database's own limit\n\n");
        md.append("pgbench (scale ").append(results.settings().pgbenchScale()).append(", prepared statements) and the ")
                .append("service, each with ").append(database.clients()).append(" clients for ")
                .append(seconds(results.settings().database()))
                .append(" on the same PostgreSQL; the service is called ")
                .append("directly. A PATCH writes the subscription, its history and an outbox event in one transaction. ")
                .append("pgbench's write rounds run first on a quiet database, then the service's back to back, while the ")
                .append("outbox relay delivers their events (as in production: the delivery is part of a write's cost).\n\n");
        if (!database.pgbenchMeasured()) {
            md.append("**pgbench skipped**: ").append(database.pgbenchSkipped())
                    .append(". The service's figures stand alone; the ratios need pgbench.\n\n");
        }
        md.append("| | pgbench tps | service calls/s | service / pgbench | goal | service p99 ms | errors |\n")
                .append("|---|---|---|---|---|---|---|\n");
        double readRatio = database.reads().throughput() / database.pgbenchSelectTps();
        md.append("| reads: GET subscription vs `pgbench -S` | ").append(whole(database.pgbenchSelectTps()))
                .append(" | ")
                .append(whole(database.reads().throughput())).append(" | **").append(ratio(readRatio))
                .append("** | ≥ 0.15: ")
                .append(Double.isNaN(readRatio) ? "skipped" : met(readRatio >= 0.15)).append(" | ")
                .append(millis(database.reads().only().percentileMillis(99)))
                .append(" | ").append(database.reads().errors()).append(" |\n");
        for (int round = 0; round < database.writes().size(); round++) {
            RunResult writes = database.writes().get(round);
            md.append("| writes, round ").append(round + 1).append(": PATCH quantity vs `pgbench -N` | ")
                    .append(whole(database.pgbenchWriteTps().get(round))).append(" | ")
                    .append(whole(writes.throughput())).append(" | **").append(ratio(database.writeRatios().get(round)))
                    .append("** | ≥ ").append(ratio(Targets.PATCH_RATIO)).append(" (median in Targets) | ")
                    .append(millis(writes.only().percentileMillis(99)))
                    .append(" | ").append(writes.errors()).append(" |\n");
        }
        md.append('\n');

        Results.MixedWorkload mixed = results.mixed();
        md.append("## 5. Mixed partner workload\n\n");
        md.append("Weights 3:3:2:1:1 in the order below, through the gateway. The mix's capacity, closed loop with ")
                .append(results.settings().saturationCallers()).append(" callers for ")
                .append(seconds(results.settings().saturation()))
                .append(": **").append(whole(mixed.capacity().throughput())).append(" calls/s** (")
                .append(mixed.capacity().errors()).append(" errors). Then a constant ").append(whole(mixed.rate()))
                .append(" calls/s (").append(Math.round(results.settings().mixedShareOfCapacity() * 100))
                .append(" % of it) for ").append(seconds(results.settings().mixed())).append(":\n\n");
        md.append("| operation | calls | errors | p50 ms | p99 ms | p99.9 ms |\n|---|---|---|---|---|---|\n");
        for (OperationResult operation : mixed.run().operations().values()) {
            md.append("| ").append(operation.name()).append(" | ").append(operation.calls()).append(" | ")
                    .append(operation.errors()).append(errorKinds(operation)).append(" | ")
                    .append(millis(operation.percentileMillis(50))).append(" | ")
                    .append(millis(operation.percentileMillis(99)))
                    .append(" | ").append(millis(operation.percentileMillis(99.9))).append(" |\n");
        }
        md.append("\nError rate ").append(String.format(Locale.ROOT, "%.4f", (double) mixed.run().errors() / Math.max(1,
                mixed.run().calls()))).append(" (goal 0: ").append(met(mixed.run().errors() == 0)).append(")\n\n");

        md.append("## 6. Start-up and memory\n\n");
        md.append("Start to ready: from starting the process (`java <options> -jar quarkus-run.jar` with ")
                .append(results.jvmOptions()).append(", `MALLOC_ARENA_MAX=2`) to its first 200 from ")
                .append("the readiness check, ").append(results.settings().restarts())
                .append(" restart(s) each, one process at a time. RSS idle: after the restarts, before any load; peak: ")
                .append("highest sample (every 200 ms) during sections 1–5.\n\n");
        md.append(
                "| process | start to ready, median (all) | goal ≤ 2.5 s (services) | RSS idle MiB | RSS peak MiB | goal ≤ 250 MiB |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Footprint footprint : results.footprints()) {
            md.append("| ").append(footprint.process()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f s", footprint.medianStartToReady().toMillis() / 1000.0))
                    .append(" (").append(footprint.startToReady().stream().map(d -> String.format(Locale.ROOT, "%.2f",
                            d.toMillis() / 1000.0)).collect(Collectors.joining(", ")))
                    .append(") | ")
                    .append(footprint.process().equals("gateway") ? "—"
                            : met(footprint.medianStartToReady().toMillis() <= Targets.START_MILLIS))
                    .append(" | ")
                    .append(whole(footprint.idleRssMib())).append(" | ").append(whole(footprint.peakRssMib()))
                    .append(" | ")
                    .append(met(footprint.peakRssMib() <= Targets.RSS_MIB)).append(" |\n");
        }
        md.append('\n');
        volumeSection(md, results, chartPrefix);
        if (!findings.isBlank()) {
            md.append("## 8. What changed which number\n\n")
                    .append("Repeated from [benchmarks/README.md](../benchmarks/README.md), where it is kept with the ")
                    .append("code; the figures it quotes come from the runs it names, this run's are above.\n\n")
                    .append(findings.strip()).append("\n");
        }
        return md.toString();
    }

    /**
     * The body of the README's findings section (from under {@link #FINDINGS_HEADING} to the next second-level
     * heading), or empty if the README has none.
     */
    static String findings(String readme) {
        int start = readme.indexOf(FINDINGS_HEADING + "\n");
        if (start < 0) {
            return "";
        }
        int body = start + FINDINGS_HEADING.length() + 1;
        int end = readme.indexOf("\n## ", body);
        return readme.substring(body, end < 0 ? readme.length() : end + 1);
    }

    private static void volumeSection(StringBuilder md, Results results, String chartPrefix) {
        md.append("## 7. Message Center as its data grows\n\n");
        md.append("Messages written straight into messagecenter-service's database, one in ten for Tailspin Toys (the ")
                .append("rest for 2,000 other tenants); Tailspin's user has read 9 in 1,000 of its messages and ")
                .append("archived 1 in 1,000. The user reads through the gateway, one call at a time: ")
                .append(results.settings().volumeRounds()).append(" round(s) of ")
                .append(results.settings().volumeCalls())
                .append(" calls per operation and volume after 3 warm-up calls; each figure is the median of the rounds' ")
                .append("medians [lowest–highest round]. Target at the largest volume: ≤ ")
                .append(whole(Targets.VOLUME_MILLIS))
                .append(" ms each.\n\n");
        md.append("![Message Center latency by volume](").append(chartPrefix).append("-volume.svg)\n\n");
        md.append("| messages (Tailspin's) | loaded in |");
        for (String operation : MessageCenterVolume.OPERATIONS) {
            md.append(' ').append(operation).append(" ms |");
        }
        md.append("\n|---|---|").append("---|".repeat(MessageCenterVolume.OPERATIONS.size())).append('\n');
        for (StepResult step : results.volume()) {
            md.append("| ").append(String.format(Locale.ROOT, "%,d (%,d)", step.step().total(), step.step().customer()))
                    .append(" | ").append(seconds(step.loading())).append(" |");
            for (MessageCenterVolume.Measure measure : step.measures()) {
                md.append(' ').append(millis(measure.median())).append(" [").append(millis(measure.min())).append('–')
                        .append(millis(measure.max())).append("] |");
            }
            md.append('\n');
        }
        md.append("\nThe unread count the user was given: ")
                .append(results.volume().stream()
                        .map(step -> String.format(Locale.ROOT, "%,d at %,d", step.unread(), step.step().total()))
                        .collect(Collectors.joining(", ")))
                .append(" (the same on every call of a volume, and growing by the unread share of what was loaded, ")
                .append("or the step counts an error). Errors: ")
                .append(results.volume().stream().mapToLong(StepResult::errors).sum()).append(".\n\n");
    }

    private static String errorKinds(OperationResult operation) {
        if (operation.errorKinds().isEmpty()) {
            return "";
        }
        return " (" + operation.errorKinds().entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String rounds(List<RunResult> runs) {
        return runs.stream().map(run -> whole(run.throughput())).collect(Collectors.joining(", "));
    }

    private static long errors(List<RunResult> runs) {
        return runs.stream().mapToLong(RunResult::errors).sum();
    }

    private static String wholes(List<Double> values) {
        return values.stream().map(MarkdownReport::whole).collect(Collectors.joining(", "));
    }

    /** "median [min–max]" of per-round values. */
    static String spread(List<Double> values, java.util.function.DoubleFunction<String> format) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return format.apply(Statistics.median(values)) + " [" + format.apply(min) + "–" + format.apply(max) + "]";
    }

    static String met(boolean met) {
        return met ? "met" : "**not met**";
    }

    static String whole(double value) {
        return Double.isNaN(value) ? "skipped" : String.valueOf(Math.round(value));
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "skipped" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percentile(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    static String seconds(java.time.Duration duration) {
        return duration.toSeconds() + " s";
    }
}
