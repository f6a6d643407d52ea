package io.partnerdesk.outbox.relay;

/** What became of one attempt to hand an event to the consumer. */
public sealed interface Delivery {

    /** 2xx: the consumer has the event (first delivery or a redelivery it recognised). */
    record Delivered(int status) implements Delivery {
    }

    /**
     * The consumer refused the event as it is (400, 404, 409, 410, 422), or refused this service itself (403, or 401
     * with a fresh token): sending it again cannot help, so the row is parked with the reason.
     */
    record Rejected(int status, String reason) implements Delivery {
    }

    /**
     * The attempt failed in a way that may pass (consumer down or slow, 5xx, 429, token trouble). {@code kind} is a
     * short, bounded label for metrics; {@code detail} goes to the row's last error.
     */
    record Failed(String kind, String detail) implements Delivery {

        /** Kinds that say the consumer is away or overloaded for every event, not that this event fails. */
        private static final java.util.Set<String> CONSUMER_WIDE = java.util.Set.of("token", "unreachable", "timeout",
                "io", "interrupted", "http_429", "http_502", "http_503", "http_504");

        /**
         * Whether the consumer as a whole is failing (then the pass stops and rows wait, however long, without being
         * given up on by count); otherwise this event fails while others pass (a 500 for one subject), and the pass
         * goes on with the next subject.
         */
        public boolean consumerWide() {
            return CONSUMER_WIDE.contains(kind);
        }
    }
}
