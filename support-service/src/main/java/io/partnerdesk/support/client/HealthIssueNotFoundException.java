package io.partnerdesk.support.client;

/** messagecenter-service knows no such health issue (404): final, no retry. */
public class HealthIssueNotFoundException extends RuntimeException {

    public HealthIssueNotFoundException() {
        super("messagecenter-service answered 404", null, false, false);
    }
}
