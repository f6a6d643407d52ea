package io.partnerdesk.benchmarks.load;

import io.vertx.core.Future;

/** One kind of call the generator makes, e.g. "read a subscription through the gateway". */
public interface Operation {

    /** The name the results are reported under. */
    String name();

    /**
     * Starts one call. {@code sequence} is the caller's index (closed loop) or the call's number (constant rate), for
     * operations that spread over several records. The future never fails: a failure is an {@link Outcome}.
     */
    Future<Outcome> call(int sequence);
}
