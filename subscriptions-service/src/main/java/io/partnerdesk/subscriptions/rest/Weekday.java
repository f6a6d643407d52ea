package io.partnerdesk.subscriptions.rest;

import java.time.DayOfWeek;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A day of the week as the API names it. */
public enum Weekday {
    @JsonProperty("monday")
    MONDAY,
    @JsonProperty("tuesday")
    TUESDAY,
    @JsonProperty("wednesday")
    WEDNESDAY,
    @JsonProperty("thursday")
    THURSDAY,
    @JsonProperty("friday")
    FRIDAY,
    @JsonProperty("saturday")
    SATURDAY,
    @JsonProperty("sunday")
    SUNDAY;

    public DayOfWeek day() {
        return DayOfWeek.valueOf(name());
    }

    public static Weekday of(DayOfWeek day) {
        return valueOf(day.name());
    }
}
