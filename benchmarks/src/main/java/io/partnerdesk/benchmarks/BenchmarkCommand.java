package io.partnerdesk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.partnerdesk.localstack.LocalSuite;
import io.partnerdesk.localstack.SuitePorts;

/**
 * {@code benchmarks/run.sh [--smoke] [--report FILE] [--pgbench PATH]}: starts the whole suite on free ports (its own PostgreSQL,
 * Keycloak, services and gateway, under benchmarks/target/suite), runs {@link BenchmarkRun}, writes the Markdown
 * report and stops everything it started. Exit status: 0 when every measured call succeeded, 1 when some failed
 * (the report says which), 2 when the run itself could not be done. A missed goal is not a failure.
 */
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static final String USAGE = "benchmarks/run.sh [--smoke] [--report FILE] [--pgbench PATH]";

    public static void main(String[] args) {
        System.exit(run(List.of(args), Path.of(System.getProperty("partnerdesk.repository", "."))));
    }

    static int run(List<String> args, Path repository) {
        boolean smoke = args.contains("--smoke");
        int reportAt = args.indexOf("--report");
        Path report = reportAt >= 0 && reportAt + 1 < args.size() ? Path.of(args.get(reportAt + 1))
                : repository.resolve(smoke ? "benchmarks/target/benchmarks-smoke.md" : "docs/benchmarks.md");
        int pgbenchAt = args.indexOf("--pgbench");
        for (String arg : args) {
            if (arg.startsWith("--") && !List.of("--smoke", "--report", "--pgbench").contains(arg)) {
                System.err.println("Unknown option " + arg + "; usage: " + USAGE);
                return 2;
            }
        }
        if ((reportAt >= 0 && reportAt + 1 >= args.size()) || (pgbenchAt >= 0 && pgbenchAt + 1 >= args.size())) {
            System.err.println("An option lacks its value; usage: " + USAGE);
            return 2;
        }
        Settings settings = smoke ? Settings.smoke(report) : Settings.full(report);
        if (pgbenchAt >= 0) {
            settings = settings.withPgbench(args.get(pgbenchAt + 1));
        }
        Path workDir = repository.resolve("benchmarks/target/suite");
        try {
            // Every run starts from the seeded databases only, so that runs compare (Keycloak stays unpacked).
            deleteRecursively(workDir.resolve("postgres"));
        } catch (IOException e) {
            System.err.println("[benchmarks] Cannot clear " + workDir.resolve("postgres") + ": " + e.getMessage());
            return 2;
        }
        LocalSuite suite = new LocalSuite(repository, workDir, SuitePorts.free())
                .withEnvironment("gateway", BenchmarkRun.gatewayEnvironment());
        Thread stopper = new Thread(suite::stop, "stop-suite");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            suite.start();
            Results results = new BenchmarkRun(suite, settings).run();
            Files.createDirectories(report.toAbsolutePath().getParent());
            String name = report.getFileName().toString();
            String chartPrefix = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
            Path readme = repository.resolve("benchmarks/README.md");
            String findings = Files.exists(readme) ? MarkdownReport.findings(Files.readString(readme)) : "";
            Files.writeString(report, MarkdownReport.render(results, chartPrefix, findings));
            Files.writeString(report.resolveSibling(chartPrefix + "-latency.svg"),
                    SvgCharts.latency(results.latency()));
            Files.writeString(report.resolveSibling(chartPrefix + "-volume.svg"), SvgCharts.volume(results.volume()));
            BenchmarkRun.log("Report written to " + report + "; " + results.errors() + " failed calls");
            return results.errors() == 0 ? 0 : 1;
        } catch (Exception e) {
            System.err.println("[benchmarks] The benchmark could not run: " + e.getMessage());
            e.printStackTrace();
            return 2;
        } finally {
            suite.stop();
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
    }
}
