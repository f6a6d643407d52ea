package io.partnerdesk.outbox.relay;

/** What became of one attempt to hand an event to the consumer. */
public sealed interface Delivery {

    /** 2xx: the consumer has the event (first delivery or a redelivery it recognised). */
    record Delivered(int status) implements Delivery {
    }

    /** The consumer refused the event as it is (400, 422): sending it again cannot help, so the row is parked. */
    record Rejected(int status, String reason) implements Delivery {
    }

    /**
     * The attempt failed in a way that may pass (consumer down or slow, 5xx, 429, token trouble). {@code kind} is a
     * short, bounded label for metrics; {@code detail} goes to the row's last error.
     */
    record Failed(String kind, String detail) implements Delivery {
    }
}
