package io.partnerdesk.outbox.relay;

/** Hands one event to the consumer; never throws, every outcome is a {@link Delivery}. */
@FunctionalInterface
public interface EventSender {

    Delivery send(ClaimedEvent event);
}
