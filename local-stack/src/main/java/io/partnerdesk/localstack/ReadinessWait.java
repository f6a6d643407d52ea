package io.partnerdesk.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits until a part answers 200 on its readiness URL, and gives up early when any process of the suite has died
 * meanwhile (its log says why; waiting the full three minutes would only hide that).
 */
final class ReadinessWait {

    static final Duration LIMIT = Duration.ofSeconds(180);
    /** Short, so that a restart's start-to-ready time (benchmarks) is measured to a few tens of milliseconds. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final ProcessSupervisor processes;
    private final Path logs;

    ReadinessWait(ProcessSupervisor processes, Path logs) {
        this.processes = processes;
        this.logs = logs;
    }

    void until(String name, String readyUrl) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(readyUrl)).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            Awaitility.await(name + " ready").atMost(LIMIT).pollDelay(Duration.ZERO).pollInterval(POLL_INTERVAL)
                    .until(() -> {
                        processes.requireAllAlive(name, logs);
                        return answersOk(probe);
                    });
        } catch (ConditionTimeoutException e) {
            throw new SuiteStartException(name + " was not ready within " + LIMIT.toSeconds() + " s; see " + logs);
        }
        SuiteLog.line(name + " is ready");
    }

    private boolean answersOk(HttpRequest probe) throws InterruptedException {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }
}
