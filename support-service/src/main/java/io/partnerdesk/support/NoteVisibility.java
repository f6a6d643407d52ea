package io.partnerdesk.support;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Shared notes are the conversation with the partner (and readable by the customer); internal ones stay at 21Vianet. */
public enum NoteVisibility {
    @JsonProperty("shared")
    SHARED,
    @JsonProperty("internal")
    INTERNAL
}
