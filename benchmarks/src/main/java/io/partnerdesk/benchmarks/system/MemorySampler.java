package io.partnerdesk.benchmarks.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the resident memory of named processes every 200 ms while load runs, keeping each one's peak. */
public final class MemorySampler implements AutoCloseable {

    private final Map<String, Long> pids;
    private final Map<String, Double> peaks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "memory-sampler");
        thread.setDaemon(true);
        return thread;
    });

    public MemorySampler(Map<String, Long> pids) {
        this.pids = Map.copyOf(pids);
        timer.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        pids.forEach((name, pid) -> {
            try {
                peaks.merge(name, ProcessProbe.rssMebibytes(pid), Math::max);
            } catch (RuntimeException e) {
                // a process that exited has no memory to sample; its absence shows in the report
            }
        });
    }

    /** Each process's highest resident memory seen so far, in MiB. */
    public Map<String, Double> peaks() {
        sample();
        Map<String, Double> ordered = new LinkedHashMap<>();
        pids.keySet().forEach(name -> ordered.put(name, peaks.getOrDefault(name, Double.NaN)));
        return ordered;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
