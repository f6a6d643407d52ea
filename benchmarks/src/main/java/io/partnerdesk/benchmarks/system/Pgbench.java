package io.partnerdesk.benchmarks.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own benchmark against the stack's server, in a database of its own ({@code pgbench}), as the
 * reference for what the database can do on this machine: {@code -S} (select only) and {@code -N} (TPC-B-like
 * without the contended branch and teller updates).
 */
public final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /** The pgbench to run: {@code -Dpartnerdesk.benchmarks.pgbench=/path/to/pgbench}, else the one on the PATH. */
    public static final String EXECUTABLE = System.getProperty("partnerdesk.benchmarks.pgbench", "pgbench");

    private final String host;
    private final int port;
    private final String executable;

    public Pgbench(String host, int port) {
        this(host, port, EXECUTABLE);
    }

    public Pgbench(String host, int port, String executable) {
        this.host = host;
        this.port = port;
        this.executable = executable;
    }

    /**
     * Why {@code executable} cannot run, or empty when it can: a machine without Debian's postgresql-client (a fresh
     * clone's {@code ./mvnw verify}) still benchmarks everything else and says what it skipped.
     */
    public static java.util.Optional<String> unavailable(String executable) {
        try {
            Process process = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return java.util.Optional.of(executable + " --version did not answer");
            }
            return process.exitValue() == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(executable + " --version failed (exit " + process.exitValue() + ")");
        } catch (IOException e) {
            return java.util.Optional.of(executable + " is not installed (Debian's postgresql-client brings it)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.of("interrupted while looking for " + executable);
        }
    }

    /** Creates and fills the pgbench tables (scale 10: one million accounts) in database {@code pgbench}. */
    public void initialise(int scale) {
        run(List.of(executable, "-i", "-q", "-s", String.valueOf(scale), "pgbench"), Duration.ofMinutes(5));
    }

    /** Transactions per second of one pgbench run, e.g. {@code tps("-S", 16, duration)}. */
    public double tps(String mode, int clients, Duration duration) {
        String output = run(List.of(executable, mode, "-M", "prepared", "-c", String.valueOf(clients), "-j", "1", "-T",
                String.valueOf(Math.max(1, duration.toSeconds())), "pgbench"), duration.plusMinutes(2));
        Matcher matcher = TPS.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("pgbench printed no tps line:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private String run(List<String> arguments, Duration timeout) {
        List<String> command = new ArrayList<>(arguments);
        command.addAll(1, List.of("-h", host, "-p", String.valueOf(port), "-U", "postgres"));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", "postgres");
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot run pgbench (install Debian's postgresql-client): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pgbench ran", e);
        }
    }
}
