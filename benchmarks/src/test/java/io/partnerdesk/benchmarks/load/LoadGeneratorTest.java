package io.partnerdesk.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;

/** The load generator against a small HTTP server on 127.0.0.1 whose answers the tests control. */
class LoadGeneratorTest {

    private Vertx serverVertx;
    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();
    private LoadGenerator load;

    @BeforeEach
    void startServer() throws Exception {
        serverVertx = Vertx.vertx();
        server = serverVertx.createHttpServer().requestHandler(request -> {
            int number = served.incrementAndGet();
            switch (request.path()) {
                case "/unavailable" -> request.response().setStatusCode(503).end();
                // The fifth call stalls the only connection for 300 ms; the others answer at once.
                case "/stall-once" -> {
                    if (number == 5) {
                        serverVertx.setTimer(300, id -> request.response().end("late"));
                    } else {
                        request.response().end("ok");
                    }
                }
                default -> request.response().end("ok");
            }
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        load = new LoadGenerator();
    }

    @AfterEach
    void stop() throws Exception {
        load.close();
        serverVertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aConstantRateRunSendsExactlyRateTimesDurationCalls() {
        RunResult run = load.constantRate("rate", List.of(new Weighted(get("ok", "/"), 1)), 200, Duration.ofSeconds(1),
                16);

        assertThat(run.calls()).isEqualTo(200);
        assertThat(run.errors()).isZero();
        assertThat(served.get()).isEqualTo(200);
    }

    @Test
    void aStallShowsInTheLatencyOfEveryCallThatWasDueDuringIt() {
        // 100 calls/s, one at a time: while the fifth call stalls 300 ms, about 30 calls fall due and wait. Counted
        // from when they were due, many of them took 200 ms or more; counted from when they were sent, only one would.
        RunResult run = load.constantRate("stall", List.of(new Weighted(get("call", "/stall-once"), 1)), 100,
                Duration.ofSeconds(1), 1);

        OperationResult call = run.only();
        assertThat(call.calls()).isEqualTo(100);
        long slowCalls = call.latencies().getCountBetweenValues(200_000_000L, call.latencies().getMaxValue());
        assertThat(slowCalls).isGreaterThanOrEqualTo(8);
        assertThat(call.percentileMillis(90)).isGreaterThanOrEqualTo(100);
    }

    @Test
    void unexpectedStatusesAndRefusedConnectionsAreCountedAsErrorsByKind() {
        RunResult unavailable = load.closedLoop("503", get("unavailable", "/unavailable"), 2, Duration.ofMillis(300));
        assertThat(unavailable.errors()).isEqualTo(unavailable.calls()).isPositive();
        assertThat(unavailable.only().errorKinds()).containsOnlyKeys("HTTP 503");

        HttpClient nowhere = load.client("127.0.0.1", 1, 1);
        RunResult refused = load.constantRate("refused", List.of(new Weighted(get("refused", "/", nowhere), 1)), 20,
                Duration.ofMillis(500), 4);
        assertThat(refused.errors()).isEqualTo(10);
        assertThat(refused.only().errorKinds()).hasSize(1);
    }

    @Test
    void aMixSpreadsEachOperationByItsWeightInEveryCycle() {
        Operation a = get("a", "/");
        Operation b = get("b", "/");

        List<Operation> cycle = Weighted.interleave(List.of(new Weighted(a, 3), new Weighted(b, 1)));

        assertThat(cycle).hasSize(4);
        assertThat(cycle.stream().filter(op -> op == a)).hasSize(3);
        assertThat(cycle.get(0)).isSameAs(a);
    }

    private Operation get(String name, String path) {
        return get(name, path, load.client("127.0.0.1", server.actualPort(), 16));
    }

    private static Operation get(String name, String path, HttpClient client) {
        return new Operation() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Future<Outcome> call(int sequence) {
                return client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(path))
                        .compose(request -> request.send())
                        .compose(response -> response.body()
                                .map(body -> response.statusCode() == 200 ? Outcome.success()
                                        : Outcome.status(response.statusCode())))
                        .recover(failure -> Future.succeededFuture(Outcome.failure(failure)));
            }
        };
    }
}
