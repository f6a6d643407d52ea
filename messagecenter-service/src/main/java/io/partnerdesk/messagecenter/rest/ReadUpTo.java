package io.partnerdesk.messagecenter.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReadUpTo", description = "Every message created up to readBefore is read for the caller, unless the"
        + " caller marked one unread since.")
public record ReadUpTo(Instant readBefore) {
}
