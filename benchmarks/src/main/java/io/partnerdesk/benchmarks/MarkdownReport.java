package io.partnerdesk.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.partnerdesk.benchmarks.Results.Footprint;
import io.partnerdesk.benchmarks.Results.TokenCost;
import io.partnerdesk.benchmarks.load.OperationResult;
import io.partnerdesk.benchmarks.load.RunResult;

/** Renders a run's {@link Results} as docs/benchmarks.md: the command, the machine, six sections, goals met or not. */
final class MarkdownReport {

    static final String COMMAND = "benchmarks/run.sh";

    private MarkdownReport() {
    }

    static String render(Results results) {
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
                .append(results.runs().stream().mapToLong(RunResult::calls).sum()).append(" measured calls |\n\n");
        md.append(
                "Everything runs on this one machine: load generator (one event-loop thread), gateway, three services, ")
                .append("Keycloak and PostgreSQL. Latencies of constant-rate runs count from when a call was due, so ")
                .append("queueing behind a slow call is included (no coordinated omission).\n\n");

        Results.GatewayOverhead overhead = results.overhead();
        md.append("## 1. Gateway overhead (throughput at saturation)\n\n");
        md.append("`GET /api/v1/customers/{id}/subscriptions/{id}`, closed loop, ").append(overhead.callers())
                .append(" concurrent callers, direct and gateway runs alternating.\n\n");
        md.append("| | calls/s per round | mean calls/s | errors |\n|---|---|---|---|\n");
        md.append("| direct to subscriptions-service | ").append(rounds(overhead.direct())).append(" | ")
                .append(whole(overhead.directThroughput())).append(" | ").append(errors(overhead.direct()))
                .append(" |\n");
        md.append("| through the gateway | ").append(rounds(overhead.gateway())).append(" | ")
                .append(whole(overhead.gatewayThroughput())).append(" | ").append(errors(overhead.gateway()))
                .append(" |\n\n");
        md.append("Gateway / direct per round: ");
        for (int round = 0; round < overhead.gateway().size(); round++) {
            md.append(round == 0 ? "" : ", ").append(ratio(overhead.roundRatio(round)));
        }
        md.append(".\n\n**Gateway / direct = ").append(ratio(overhead.ratio()))
                .append("** (median of the rounds; goal ≥ 0.85: ")
                .append(met(overhead.ratio() >= 0.85)).append(")\n\n");

        Results.AddedLatency latency = results.latency();
        md.append("## 2. Added latency at half the direct capacity\n\n");
        latencyTable(md, latency.atHalfDirect(), results.settings(), true);
        latency.atHalfGateway().ifPresent(pair -> {
            md.append("The gateway's capacity (section 1) is below the direct one, so at half the direct capacity the ")
                    .append("gateway runs near its own saturation and queues. For the cost of the hop itself, the same at ")
                    .append("half the gateway's capacity (no goal):\n\n");
            latencyTable(md, pair, results.settings(), false);
        });

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
                .append("directly. A PATCH writes the subscription, its history and an outbox event in one transaction.\n\n");
        if (!database.pgbenchMeasured()) {
            md.append("**pgbench skipped**: ").append(database.pgbenchSkipped())
                    .append(". The service's figures stand alone; the ratios need pgbench.\n\n");
        }
        md.append("| | pgbench tps | service calls/s | service / pgbench | goal | service p99 ms | errors |\n")
                .append("|---|---|---|---|---|---|---|\n");
        double readRatio = database.reads().throughput() / database.pgbenchSelectTps();
        double writeRatio = database.writes().throughput() / database.pgbenchWriteTps();
        md.append("| reads: GET subscription vs `pgbench -S` | ").append(whole(database.pgbenchSelectTps()))
                .append(" | ")
                .append(whole(database.reads().throughput())).append(" | **").append(ratio(readRatio))
                .append("** | ≥ 0.15: ")
                .append(Double.isNaN(readRatio) ? "skipped" : met(readRatio >= 0.15)).append(" | ")
                .append(millis(database.reads().only().percentileMillis(99)))
                .append(" | ").append(database.reads().errors()).append(" |\n");
        md.append("| writes: PATCH quantity vs `pgbench -N` | ").append(whole(database.pgbenchWriteTps())).append(" | ")
                .append(whole(database.writes().throughput())).append(" | **").append(ratio(writeRatio))
                .append("** | ≥ 0.5: ")
                .append(Double.isNaN(writeRatio) ? "skipped" : met(writeRatio >= 0.5)).append(" | ")
                .append(millis(database.writes().only().percentileMillis(99)))
                .append(" | ").append(database.writes().errors()).append(" |\n\n");

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
                "| process | start to ready, median (all) | goal ≤ 1.5 s | RSS idle MiB | RSS peak MiB | goal ≤ 250 MB |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Footprint footprint : results.footprints()) {
            double peakMegabytes = footprint.peakRssMib() * 1.048576;
            md.append("| ").append(footprint.process()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f s", footprint.medianStartToReady().toMillis() / 1000.0))
                    .append(" (").append(footprint.startToReady().stream().map(d -> String.format(Locale.ROOT, "%.2f",
                            d.toMillis() / 1000.0)).collect(Collectors.joining(", ")))
                    .append(") | ")
                    .append(met(footprint.medianStartToReady().toMillis() <= 1500)).append(" | ")
                    .append(whole(footprint.idleRssMib())).append(" | ").append(whole(footprint.peakRssMib()))
                    .append(" | ")
                    .append(met(peakMegabytes <= 250)).append(" |\n");
        }
        md.append('\n');
        return md.toString();
    }

    private static void latencyTable(StringBuilder md, Results.LatencyPair pair, Settings settings, boolean goals) {
        md.append("The same call at a constant ").append(whole(pair.rate())).append(" calls/s for ")
                .append(seconds(settings.constantRate())).append(" each.\n\n");
        md.append("| percentile | direct ms | gateway ms | added ms |").append(goals ? " goal |" : "")
                .append("\n|---|---|---|---|").append(goals ? "---|" : "").append('\n');
        for (double[] row : new double[][]{ { 50, 0.3 }, { 99, 2 }, { 99.9, -1 } }) {
            double direct = pair.direct().only().percentileMillis(row[0]);
            double gateway = pair.gateway().only().percentileMillis(row[0]);
            md.append("| p").append(percentile(row[0])).append(" | ").append(millis(direct)).append(" | ")
                    .append(millis(gateway))
                    .append(" | ").append(millis(gateway - direct)).append(" |");
            if (goals) {
                md.append(' ')
                        .append(row[1] < 0 ? "—"
                                : "≤ " + percentile(row[1]) + " ms: " + met(gateway - direct <= row[1]))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append("\nErrors: direct ").append(pair.direct().errors()).append(", gateway ")
                .append(pair.gateway().errors()).append(".\n\n");
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

    private static String met(boolean met) {
        return met ? "met" : "**not met**";
    }

    private static String whole(double value) {
        return Double.isNaN(value) ? "skipped" : String.valueOf(Math.round(value));
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "skipped" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String percentile(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String seconds(java.time.Duration duration) {
        return duration.toSeconds() + " s";
    }
}
