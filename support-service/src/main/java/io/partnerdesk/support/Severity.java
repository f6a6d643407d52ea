package io.partnerdesk.support;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Business impact of a support request, as 21Vianet defines it: A critical (service down), B high, C minimal.
 * Lower letters are more severe.
 */
public enum Severity {
    @JsonProperty("A")
    A,
    @JsonProperty("B")
    B,
    @JsonProperty("C")
    C;

    /** True when this severity is less severe than {@code other} (C is lower than B, B than A). */
    public boolean isLowerThan(Severity other) {
        return ordinal() > other.ordinal();
    }
}
