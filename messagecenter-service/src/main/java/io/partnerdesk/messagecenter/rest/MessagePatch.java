package io.partnerdesk.messagecenter.rest;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.messagecenter.MessageCategory;
import io.partnerdesk.messagecenter.MessageSeverity;

@Schema(name = "MessagePatch", description = "Fields of a message to change; absent fields stay as they are.")
public record MessagePatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @Size(min = 1, max = 20000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*",
                message = "must not be blank") String body,
        MessageCategory category,
        MessageSeverity severity,
        @Size(max = 20) Set<@NotBlank @Size(max = 100) String> services,
        @Size(max = 20) Set<@NotBlank @Size(max = 50) String> tags,
        Boolean isMajorChange,
        Instant actionRequiredBy,
        Instant startsAt,
        Instant endsAt,
        @Valid Audience audience) {

    public boolean changesNothing() {
        return title == null && body == null && category == null && severity == null && services == null
                && tags == null && isMajorChange == null && actionRequiredBy == null && startsAt == null
                && endsAt == null && audience == null;
    }
}
