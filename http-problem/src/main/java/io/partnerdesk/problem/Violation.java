package io.partnerdesk.problem;

/**
 * One invalid input field of a request: the JSON field name (dotted for nested fields, e.g. {@code contact.email})
 * and what is wrong with it, in words a client developer can act on.
 */
public record Violation(String field, String message) {
}
