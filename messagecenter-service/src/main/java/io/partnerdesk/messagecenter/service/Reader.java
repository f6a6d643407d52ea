package io.partnerdesk.messagecenter.service;

import java.util.Map;

import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.messagecenter.AudienceType;

/**
 * Who is reading the Message Center, reduced to what the audience rules need: a customer (its tenant id), a partner
 * (its partner id), an operator (sees everything it publishes), or staff (engineers: messages for everyone).
 */
public record Reader(Kind kind, String memberId, String userId) {

    public enum Kind {
        CUSTOMER, PARTNER, OPERATOR, STAFF
    }

    public static Reader of(Caller caller) {
        if (caller.hasRole(Roles.OPERATOR)) {
            return new Reader(Kind.OPERATOR, null, caller.subject());
        }
        if (caller.isPartner()) {
            return new Reader(Kind.PARTNER, caller.requirePartnerId(), caller.subject());
        }
        if (caller.isCustomer()) {
            return new Reader(Kind.CUSTOMER, caller.requireTenantId().toString(), caller.subject());
        }
        return new Reader(Kind.STAFF, null, caller.subject());
    }

    /**
     * The JPQL condition on message {@code m} that lets exactly this reader's messages through: a customer sees
     * everyone, customers and its own tenant; a partner everyone, partners and its own partner id.
     */
    public String audienceCondition(Map<String, Object> params) {
        return switch (kind) {
            case OPERATOR -> "1 = 1";
            case STAFF -> {
                params.put("everyone", AudienceType.EVERYONE);
                yield "m.audienceType = :everyone";
            }
            case CUSTOMER -> {
                params.put("everyone", AudienceType.EVERYONE);
                params.put("group", AudienceType.CUSTOMERS);
                params.put("listed", AudienceType.TENANTS);
                params.put("member", memberId);
                yield "(m.audienceType in (:everyone, :group) or (m.audienceType = :listed and :member member of m.audienceIds))";
            }
            case PARTNER -> {
                params.put("everyone", AudienceType.EVERYONE);
                params.put("group", AudienceType.PARTNERS);
                params.put("listed", AudienceType.PARTNER_IDS);
                params.put("member", memberId);
                yield "(m.audienceType in (:everyone, :group) or (m.audienceType = :listed and :member member of m.audienceIds))";
            }
        };
    }

    /** Readers see a message from its start; operators also see what they scheduled for later. */
    public boolean seesScheduled() {
        return kind == Kind.OPERATOR;
    }
}
