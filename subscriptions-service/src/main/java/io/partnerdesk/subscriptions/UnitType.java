package io.partnerdesk.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What one unit of an offer's quantity is. */
public enum UnitType {
    @JsonProperty("licenses")
    LICENSES,
    @JsonProperty("gigabytes")
    GIGABYTES
}
