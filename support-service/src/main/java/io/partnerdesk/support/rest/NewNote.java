package io.partnerdesk.support.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.support.NoteVisibility;

@Schema(name = "NewNote", description = "A reply; visibility defaults to shared. Only engineers write internal notes.")
public record NewNote(
        @NotBlank @Size(max = 10000) @Schema(
                example = "The connector was recreated at 10:05; the deferrals continue.") String text,
        @Schema(nullable = true) NoteVisibility visibility) {

    public NoteVisibility visibilityOrShared() {
        return visibility == null ? NoteVisibility.SHARED : visibility;
    }
}
