package io.partnerdesk.support.client;

/** Another service failed (5xx or an unexpected status): transient, worth a retry, counts against the breaker. */
public class DependencyFailureException extends RuntimeException {

    public DependencyFailureException(String service, int status) {
        super(service + " answered " + status, null, false, false);
    }
}
