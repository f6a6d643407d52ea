package io.partnerdesk.messagecenter;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who a message is for; {@code tenants} and {@code partnerIds} list their members. */
public enum AudienceType {
    @JsonProperty("everyone")
    EVERYONE,
    @JsonProperty("partners")
    PARTNERS,
    @JsonProperty("customers")
    CUSTOMERS,
    @JsonProperty("tenants")
    TENANTS,
    @JsonProperty("partnerIds")
    PARTNER_IDS;

    public boolean listsMembers() {
        return this == TENANTS || this == PARTNER_IDS;
    }
}
