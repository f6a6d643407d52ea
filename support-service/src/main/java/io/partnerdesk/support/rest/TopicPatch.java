package io.partnerdesk.support.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportTopicPatch", description = "Fields to change; an inactive topic takes no new requests.")
public record TopicPatch(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(min = 1, max = 500) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String description,
        Boolean active) {

    public boolean changesNothing() {
        return name == null && description == null && active == null;
    }
}
