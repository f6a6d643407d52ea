package io.partnerdesk.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * For what happens after the response (an outbox relay's delivery): reads a value until it satisfies a condition or
 * the bound passes, and returns the last value read, so the test's assertion on it explains a failure. Not a timing
 * assertion: the bound only stops a test that would otherwise wait forever.
 */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T value(Supplier<T> read, Predicate<T> done, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        T current = read.get();
        while (!done.test(current) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return current;
            }
            current = read.get();
        }
        return current;
    }
}
