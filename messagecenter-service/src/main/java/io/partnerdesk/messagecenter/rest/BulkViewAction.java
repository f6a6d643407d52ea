package io.partnerdesk.messagecenter.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkViewAction", description = "The messages to mark; 1 to 100 ids.")
public record BulkViewAction(@NotEmpty @Size(max = 100) List<@NotNull UUID> messageIds) {
}
