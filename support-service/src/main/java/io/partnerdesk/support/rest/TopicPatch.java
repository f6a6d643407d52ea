package io.partnerdesk.support.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportTopicPatch", description = "Fields to change; an inactive topic takes no new requests.")
public record TopicPatch(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(min = 1, max = 500) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String description,
        Boolean active,
        @Size(min = 1, max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*\\S[^\\p{Cntrl}]*",
                message = "must be a service name") @Schema(example = "Power BI",
                        description = "The service of the Message Center's service health this topic's requests depend on") String healthService) {

    public boolean changesNothing() {
        return name == null && description == null && active == null && healthService == null;
    }
}
