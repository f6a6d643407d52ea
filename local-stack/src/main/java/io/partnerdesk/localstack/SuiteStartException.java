package io.partnerdesk.localstack;

/** A start failure explained for the person at the terminal. */
public final class SuiteStartException extends RuntimeException {

    public SuiteStartException(String message) {
        super(message);
    }

    public SuiteStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
