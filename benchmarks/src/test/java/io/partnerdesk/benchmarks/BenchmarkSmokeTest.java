package io.partnerdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The benchmark command, end to end, with a few seconds of load per section (CI's smoke run): it starts the real
 * stack, drives every section, writes a report with all six sections and finds no failed call. It asserts no timing:
 * the numbers are the benchmark's business, not the test's.
 */
class BenchmarkSmokeTest {

    @Test
    void theSmokeRunMeasuresEverySectionWithoutAFailedCall() throws Exception {
        Path report = Path.of("target/benchmarks-smoke.md");
        Files.deleteIfExists(report);

        int exit = BenchmarkCommand.run(List.of("--smoke", "--report", report.toString()), Path.of(".."));

        assertThat(report).exists();
        String markdown = Files.readString(report);
        assertThat(exit).as("exit status; report:%n%s", markdown).isZero();
        assertThat(markdown).contains("## Targets", "## 1. Gateway overhead", "## 2. Added latency",
                "## 3. Token validation", "## 4. Against the database's own limit", "## 5. Mixed partner workload",
                "## 6. Start-up and memory", "## 7. Message Center as its data grows",
                "## 8. What changed which number", "### Issue 22", "| Errors | 0 of ");
        // Every target row is judged, and the charts the report shows are written beside it.
        assertThat(markdown).contains("| gateway ÷ direct throughput at saturation | 1 |",
                "| PATCH (row + history + outbox) ÷ `pgbench -N` | 4 |", "| start to ready, services | 6 |",
                "unread count, at 2,000 messages");
        for (String chart : List.of("benchmarks-smoke-latency.svg", "benchmarks-smoke-volume.svg")) {
            assertThat(markdown).contains("](" + chart + ")");
            assertThat(Files.readString(report.resolveSibling(chart))).startsWith("<svg").contains("<polyline");
        }
        for (String operation : List.of("list subscriptions", "read subscription", "change quantity (PATCH)",
                "create support request", "list messages")) {
            assertThat(markdown)
                    .containsPattern("\\| " + java.util.regex.Pattern.quote(operation) + " \\| [1-9]\\d* \\| 0 \\|");
        }
        for (String process : BenchmarkRun.PROCESSES) {
            assertThat(markdown).containsPattern("\\| " + process + " \\| \\d+\\.\\d\\d s");
        }
    }

    /**
     * The README's promise: {@code ./mvnw verify} needs no pgbench. On a machine without it (CI installs it, which would
     * hide a break) the smoke run still measures every section and says what it skipped.
     */
    @Test
    void withoutPgbenchTheSmokeRunStillMeasuresEverySectionAndSaysWhatItSkipped() throws Exception {
        Path report = Path.of("target/benchmarks-smoke-without-pgbench.md");
        Files.deleteIfExists(report);

        int exit = BenchmarkCommand.run(List.of("--smoke", "--report", report.toString(), "--pgbench",
                "/nonexistent/pgbench-" + System.nanoTime()), Path.of(".."));

        String markdown = Files.readString(report);
        assertThat(exit).as("exit status; report:%n%s", markdown).isZero();
        assertThat(markdown).contains("## 4. Against the database's own limit", "**pgbench skipped**",
                "postgresql-client", "| Errors | 0 of ");
        assertThat(markdown).containsPattern("\\| change quantity \\(PATCH\\) \\| [1-9]\\d* \\| 0 \\|");
    }

    @Test
    void anUnknownOptionOrAMissingValueIsRefusedBeforeAnythingStarts() {
        assertThat(BenchmarkCommand.run(List.of("--fast"), Path.of(".."))).isEqualTo(2);
        assertThat(BenchmarkCommand.run(List.of("--smoke", "--pgbench"), Path.of(".."))).isEqualTo(2);
    }
}
