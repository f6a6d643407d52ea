package io.partnerdesk.messagecenter.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.messagecenter.AudienceType;

@Schema(name = "Audience",
        description = "Who the message is for. ids lists tenant ids (type tenants) or partner ids (type partnerIds) and is empty otherwise.")
public record Audience(@NotNull AudienceType type,
        @Size(max = 500) @Schema(
                example = "[\"11111111-1111-4111-8111-111111111111\"]") List<@NotBlank @Size(max = 100) String> ids) {

    public List<String> idsOrEmpty() {
        return ids == null ? List.of() : ids;
    }
}
