package io.partnerdesk.subscriptions.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.partnerdesk.http.security.Roles;

/**
 * What each role may do, named as {@code <resource>:<action>}, so that a client shows the actions a caller has
 * instead of guessing from roles. The services still decide every request: this is a description of their rules, kept
 * beside them and checked against them by the role-matrix tests.
 */
public final class Capabilities {

    private static final Map<String, List<String>> BY_ROLE = Map.of(
            Roles.PARTNER,
            List.of("offers:read", "support-topics:read", "customers:read", "customers:create", "subscriptions:read",
                    "subscriptions:create", "subscriptions:update", "change-requests:read", "change-requests:decide",
                    "support-requests:read", "support-requests:create", "support-requests:update", "messages:read",
                    "service-health:read", "webhooks:manage", "support-profile:manage", "support-contact:read",
                    "problem-reports:read", "problem-reports:update", "problem-reports:resolve",
                    "problem-reports:escalate", "problem-reports:internal-notes"),
            Roles.CUSTOMER,
            List.of("offers:read", "support-topics:read", "customers:read", "subscriptions:read",
                    "change-requests:read",
                    "change-requests:create", "change-requests:withdraw", "support-requests:read", "messages:read",
                    "service-health:read", "webhooks:manage", "support-contact:read", "problem-reports:read",
                    "problem-reports:create", "problem-reports:update"),
            Roles.SUPPORT_ENGINEER, List.of("offers:read", "support-requests:read", "support-requests:triage",
                    "support-requests:internal-notes", "support-topics:read", "messages:read", "service-health:read"),
            Roles.OPERATOR,
            List.of("offers:read", "offers:manage", "support-topics:read", "support-topics:manage", "messages:read",
                    "problem-reports:read",
                    "messages:publish",
                    "service-health:read", "service-health:manage", "outbox:operate"),
            Roles.SERVICE, List.of("events:deliver"));

    private Capabilities() {
    }

    /** The union of the roles' capabilities, sorted; unknown roles add nothing. */
    public static List<String> of(Set<String> roles) {
        Set<String> all = new TreeSet<>();
        roles.forEach(role -> all.addAll(BY_ROLE.getOrDefault(role, List.of())));
        return List.copyOf(all);
    }
}
