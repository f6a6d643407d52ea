package io.partnerdesk.support;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.partnerdesk.http.json.JsonNames;

/** How many of the customer's users the problem reaches, as the customer judges it. */
public enum ReportImpact {
    @JsonProperty("oneUser")
    ONE_USER,
    @JsonProperty("someUsers")
    SOME_USERS,
    @JsonProperty("allUsers")
    ALL_USERS;

    public String jsonName() {
        return JsonNames.of(this);
    }
}
