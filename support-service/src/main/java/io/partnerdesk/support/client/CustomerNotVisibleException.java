package io.partnerdesk.support.client;

/** subscriptions-service answered that the customer does not exist or is not the caller's (404 or 403). */
public class CustomerNotVisibleException extends RuntimeException {

    public CustomerNotVisibleException(int status) {
        super("subscriptions-service answered " + status, null, false, false);
    }
}
