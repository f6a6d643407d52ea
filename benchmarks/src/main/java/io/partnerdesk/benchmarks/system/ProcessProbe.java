package io.partnerdesk.benchmarks.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** What the operating system says about one process: CPU time used so far, resident memory now (Linux /proc). */
public final class ProcessProbe {

    private ProcessProbe() {
    }

    /** User plus system CPU time of the process so far. */
    public static Duration cpuTime(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("No CPU time for process " + pid + " (has it exited?)"));
    }

    /** Resident set size in MiB ({@code VmRSS} of /proc/<pid>/status). */
    public static double rssMebibytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) / 1024.0;
                }
            }
            throw new IllegalStateException("No VmRSS for process " + pid);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read /proc for process " + pid + ": " + e.getMessage(), e);
        }
    }
}
