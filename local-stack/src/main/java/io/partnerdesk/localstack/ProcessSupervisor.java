package io.partnerdesk.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the suite's processes, each with its log file, and remembers how, so that a fault test can stop, kill and
 * start one again exactly as before; {@link #stopAll()} ends every process it ever started, children included.
 */
final class ProcessSupervisor {

    /** How a part was launched: command, environment, the port it listens on and its readiness URL. */
    record Launch(String name, List<String> command, Map<String, String> environment, int port, String readyUrl) {
    }

    private final Path logs;
    private final List<Process> started = new ArrayList<>();
    private final Map<String, Launch> launches = new LinkedHashMap<>();
    /** Every process that should be alive now, by name. */
    private final Map<String, Process> running = new LinkedHashMap<>();

    ProcessSupervisor(Path logs) {
        this.logs = logs;
    }

    void start(Launch launch) throws IOException {
        launches.put(launch.name(), launch);
        Path log = logs.resolve(launch.name() + ".log");
        // Appended, so that a restarted process's log follows the one of its previous run.
        ProcessBuilder builder = new ProcessBuilder(launch.command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // A local suite (and the tests' one) listens on the loopback interface only.
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        // glibc gives every thread that allocates its own 64 MiB malloc arena; two keep a service's RSS flat.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(launch.environment());
        Process process = builder.start();
        started.add(process);
        running.put(launch.name(), process);
        SuiteLog.line(
                "Started " + launch.name() + " (pid " + process.pid() + ") on port " + launch.port() + ", log " + log);
    }

    /** Starts a stopped or killed part again with the command and environment of its first start. */
    Launch restart(String name) throws IOException {
        Launch launch = launch(name);
        if (running.containsKey(name)) {
            throw new IllegalStateException(name + " is running");
        }
        start(launch);
        return launch;
    }

    Launch launch(String name) {
        Launch launch = launches.get(name);
        if (launch == null) {
            throw new IllegalArgumentException("No part " + name + " in this suite: " + launches.keySet());
        }
        return launch;
    }

    boolean isRunning(String name) {
        Process process = running.get(name);
        return process != null && process.isAlive();
    }

    long pid(String name) {
        return running(name).pid();
    }

    /** SIGTERM, as an orchestrator stops a container, then waits for the exit (SIGKILL after 20 s). */
    void stop(String name) throws InterruptedException {
        Process process = running(name);
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        running.remove(name);
        SuiteLog.line("Stopped " + name);
    }

    /** SIGKILL, like kill -9: no shutdown hook, no cleanup runs. */
    void kill(String name) throws InterruptedException {
        running(name).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        running.remove(name);
        SuiteLog.line("Killed " + name + " (SIGKILL)");
    }

    /** Fails when a process that should be alive has exited, naming it, while {@code waitingFor} was starting. */
    void requireAllAlive(String waitingFor, Path logDirectory) {
        for (Map.Entry<String, Process> process : running.entrySet()) {
            if (!process.getValue().isAlive()) {
                throw new SuiteStartException(process.getKey() + " stopped while " + waitingFor + " was starting (exit "
                        + process.getValue().exitValue() + "); see " + logDirectory);
            }
        }
    }

    /** Ends every process started (latest first, children included); safe to call twice. */
    void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (Process process : started) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        started.clear();
        running.clear();
    }

    private Process running(String name) {
        Process process = running.get(name);
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return process;
    }
}
