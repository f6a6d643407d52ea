package io.partnerdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.benchmarks.system.Pgbench;

/**
 * The README's promise that {@code ./mvnw verify} needs no pgbench: a machine without it is told why section 4 has no
 * pgbench figures instead of failing the smoke run (BenchmarkRun skips pgbench when this says it cannot run).
 */
class PgbenchAvailabilityTest {

    @Test
    @DisplayName("a pgbench that is not installed is reported with the package that brings it; one that runs is not")
    void availability() {
        assertThat(Pgbench.unavailable("pgbench-not-installed-" + System.nanoTime()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("postgresql-client"));
        // Any program that answers --version with exit 0 counts as available; java is there wherever this test runs.
        String javaLauncher = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertThat(Pgbench.unavailable(javaLauncher)).isEmpty();
    }
}
