package io.partnerdesk.http.security;

/** The realm roles of PartnerDesk, carried in the access token's {@code groups} claim. */
public final class Roles {

    public static final String PARTNER = "partner";
    public static final String CUSTOMER = "customer";
    public static final String SUPPORT_ENGINEER = "support-engineer";
    public static final String OPERATOR = "operator";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
