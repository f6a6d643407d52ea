package io.partnerdesk.messagecenter;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Announcements are written by operators; notifications are made from other services' events. */
public enum MessageKind {
    @JsonProperty("announcement")
    ANNOUNCEMENT,
    @JsonProperty("notification")
    NOTIFICATION
}
