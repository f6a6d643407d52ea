package io.partnerdesk.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.partnerdesk.benchmarks.system.Pgbench;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume;

/**
 * How long and how hard each part of a benchmark run goes. {@link #full} is the run behind docs/benchmarks.md;
 * {@link #smoke} proves in a few seconds of load per section that the command still works (CI).
 */
public record Settings(String name, Duration warmup, Duration saturation, int saturationRounds, int saturationCallers,
        Duration constantRate, Duration tokenCost, double tokenCostMaxRate, Duration database, int databaseClients,
        int pgbenchScale, Duration mixed, double mixedShareOfCapacity, int restarts, int patchSubscriptions,
        List<MessageCenterVolume.Step> volumeSteps, int volumeRounds, int volumeCalls, Path report,
        String pgbench) {

    public static Settings full(Path report) {
        return new Settings("full", Duration.ofSeconds(30), Duration.ofSeconds(15), 3, 32, Duration.ofSeconds(20),
                Duration.ofSeconds(10), 400, Duration.ofSeconds(15), 16, 10, Duration.ofSeconds(30), 0.5, 3, 64,
                List.of(new MessageCenterVolume.Step(10_000, 1_000), new MessageCenterVolume.Step(100_000, 10_000),
                        new MessageCenterVolume.Step(1_000_000, 100_000)),
                3, 7, report, Pgbench.EXECUTABLE);
    }

    public static Settings smoke(Path report) {
        return new Settings("smoke", Duration.ofSeconds(1), Duration.ofSeconds(2), 1, 8, Duration.ofSeconds(2),
                Duration.ofSeconds(1), 50, Duration.ofSeconds(2), 4, 1, Duration.ofSeconds(2), 0.5, 1, 16,
                List.of(new MessageCenterVolume.Step(2_000, 200)), 1, 2, report, Pgbench.EXECUTABLE);
    }

    /** The same with another pgbench executable ({@code --pgbench PATH}); one that cannot run skips its figures. */
    public Settings withPgbench(String executable) {
        return new Settings(name, warmup, saturation, saturationRounds, saturationCallers, constantRate, tokenCost,
                tokenCostMaxRate, database, databaseClients, pgbenchScale, mixed, mixedShareOfCapacity, restarts,
                patchSubscriptions, volumeSteps, volumeRounds, volumeCalls, report, executable);
    }
}
