package io.partnerdesk.benchmarks.load;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * An HTTP load generator with two models, both on one Vert.x event loop (so that it takes at most one of the
 * machine's cores from the system under test):
 * <ul>
 * <li>{@link #closedLoop closed loop}: a fixed number of callers, each sending its next call when the previous one
 * answered; measures capacity (throughput at saturation).</li>
 * <li>{@link #constantRate constant rate} (open model): calls are due at fixed intervals whatever the system does. A
 * call's latency counts from when it was <em>due</em>, not from when it could be sent, so a stall shows as latency
 * of every call that waited for it. That is what avoids coordinated omission, as wrk2 and Hyperfoil do.</li>
 * </ul>
 * All callbacks run on the generator's one context, so the operations may keep plain (unsynchronised) state.
 */
public final class LoadGenerator implements AutoCloseable {

    private final Vertx vertx;
    private final Context context;

    public LoadGenerator() {
        vertx = Vertx
                .vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
        context = vertx.getOrCreateContext();
    }

    /** An HTTP/1.1 keep-alive client to {@code host:port} with up to {@code connections} connections. */
    public HttpClient client(String host, int port, int connections) {
        return vertx.createHttpClient(
                new HttpClientOptions().setDefaultHost(host).setDefaultPort(port).setKeepAlive(true)
                        .setConnectTimeout(2_000).setIdleTimeout(0),
                new PoolOptions().setHttp1MaxSize(connections)
                        .setMaxWaitQueueSize(-1));
    }

    /** Runs a step on the generator's event loop and waits for it (setting up state for operations). */
    public <T> T onLoop(java.util.function.Supplier<io.vertx.core.Future<T>> step, Duration timeout) {
        CompletableFuture<T> done = new CompletableFuture<>();
        context.runOnContext(ignored -> step.get().onComplete(result -> {
            if (result.succeeded()) {
                done.complete(result.result());
            } else {
                done.completeExceptionally(result.cause());
            }
        }));
        return await(done, timeout);
    }

    /**
     * {@code callers} callers each repeat {@code operation} back to back for {@code duration}. Only calls that
     * finished within the duration count for throughput.
     */
    public RunResult closedLoop(String label, Operation operation, int callers, Duration duration) {
        return closedLoop(label, List.of(new Weighted(operation, 1)), callers, duration);
    }

    /**
     * {@code callers} callers each send their next call when the previous one answered, the calls drawn in turn from
     * {@code mix} in proportion to the weights (the same interleaving as {@link #constantRate}): the capacity of a mixed
     * workload.
     */
    public RunResult closedLoop(String label, List<Weighted> mix, int callers, Duration duration) {
        List<Operation> sequence = Weighted.interleave(mix);
        CompletableFuture<RunResult> done = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            Recorder recorder = new Recorder(mix.stream().map(w -> w.operation().name()).distinct().toList());
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            long[] issued = { 0 };
            int[] active = { callers };
            for (int i = 0; i < callers; i++) {
                int caller = i;
                new Runnable() {
                    @Override
                    public void run() {
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            if (--active[0] == 0) {
                                done.complete(recorder.result(label, duration, System.nanoTime() - start));
                            }
                            return;
                        }
                        Operation operation = sequence.get((int) (issued[0]++ % sequence.size()));
                        operation.call(caller).onComplete(result -> {
                            long finished = System.nanoTime();
                            if (finished <= end) {
                                recorder.record(operation.name(), finished - sent, outcomeOf(result));
                            }
                            run();
                        });
                    }
                }.run();
            }
        });
        return await(done, duration.plusSeconds(60));
    }

    /**
     * Calls due at {@code ratePerSecond} for {@code duration}, each one an operation drawn from {@code mix} in
     * proportion to its weight (a fixed interleaving, so every run sends the same sequence). At most
     * {@code maxInFlight} are outstanding; calls due beyond that wait in a queue, and their waiting counts as
     * latency.
     */
    public RunResult constantRate(String label, List<Weighted> mix, double ratePerSecond, Duration duration,
            int maxInFlight) {
        List<Operation> sequence = Weighted.interleave(mix);
        long total = Math.max(1, Math.round(ratePerSecond * duration.toNanos() / 1e9));
        double intervalNanos = 1e9 / ratePerSecond;
        CompletableFuture<RunResult> done = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            Recorder recorder = new Recorder(mix.stream().map(w -> w.operation().name()).distinct().toList());
            long start = System.nanoTime();
            ArrayDeque<long[]> waiting = new ArrayDeque<>();
            long[] state = { 0 /* issued */, 0 /* in flight */, 0 /* finished */ };
            Runnable[] send = new Runnable[1];
            send[0] = () -> {
                while (state[1] < maxInFlight && !waiting.isEmpty()) {
                    long[] call = waiting.poll();
                    long due = call[0];
                    Operation operation = sequence.get((int) (call[1] % sequence.size()));
                    state[1]++;
                    operation.call((int) call[1]).onComplete(result -> {
                        recorder.record(operation.name(), System.nanoTime() - due, outcomeOf(result));
                        state[1]--;
                        // The timer has stopped by now: every call was issued before the last one finished.
                        if (++state[2] == total) {
                            done.complete(recorder.result(label, duration, System.nanoTime() - start));
                        } else {
                            send[0].run();
                        }
                    });
                }
            };
            vertx.setPeriodic(1, id -> {
                long elapsed = System.nanoTime() - start;
                long due = Math.min(total, (long) Math.floor(elapsed / intervalNanos) + 1);
                while (state[0] < due) {
                    waiting.add(new long[]{ start + (long) (state[0] * intervalNanos), state[0] });
                    state[0]++;
                }
                send[0].run();
                if (state[0] == total) {
                    vertx.cancelTimer(id);
                }
            });
        });
        return await(done, duration.plusSeconds(120));
    }

    /** Operations answer failures as outcomes; a failed future is a bug in one, still counted, never lost. */
    private static Outcome outcomeOf(io.vertx.core.AsyncResult<Outcome> result) {
        return result.succeeded() ? result.result() : Outcome.failure(result.cause());
    }

    private static <T> T await(CompletableFuture<T> future, Duration timeout) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the load ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The load run failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The load run did not finish within " + timeout, e);
        }
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // closing is best effort; the JVM ends after the command anyway
        }
    }
}
