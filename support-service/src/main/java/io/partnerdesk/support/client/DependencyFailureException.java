package io.partnerdesk.support.client;

/** subscriptions-service failed (5xx or an unexpected status): transient, worth a retry, counts against the breaker. */
public class DependencyFailureException extends RuntimeException {

    public DependencyFailureException(int status) {
        super("subscriptions-service answered " + status, null, false, false);
    }
}
