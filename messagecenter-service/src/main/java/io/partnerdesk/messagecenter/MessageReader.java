package io.partnerdesk.messagecenter;

import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;

/**
 * Who is reading the Message Center, reduced to what the audience rules need: a customer (its tenant id), a partner
 * (its partner id), an operator (sees everything it publishes), or staff (engineers: messages for everyone). Named
 * so as not to be taken for {@code java.io.Reader}.
 */
public record MessageReader(Kind kind, String memberId, String userId) {

    public enum Kind {
        CUSTOMER,
        PARTNER,
        OPERATOR,
        STAFF
    }

    public static MessageReader of(Caller caller) {
        if (caller.hasRole(Roles.OPERATOR)) {
            return new MessageReader(Kind.OPERATOR, null, caller.subject());
        }
        if (caller.isPartner()) {
            return new MessageReader(Kind.PARTNER, caller.requirePartnerId(), caller.subject());
        }
        if (caller.isCustomer()) {
            return new MessageReader(Kind.CUSTOMER, caller.requireTenantId().toString(), caller.subject());
        }
        return new MessageReader(Kind.STAFF, null, caller.subject());
    }

    /** Readers see a message from its start; operators also see what they scheduled for later. */
    public boolean seesScheduled() {
        return kind == Kind.OPERATOR;
    }
}
