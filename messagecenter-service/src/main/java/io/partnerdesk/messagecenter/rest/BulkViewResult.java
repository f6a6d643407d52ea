package io.partnerdesk.messagecenter.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkViewResult", description = "What a bulk view action did, for the calling user.")
public record BulkViewResult(
        @Schema(description = "Messages whose view state changed") List<UUID> changed,
        @Schema(description = "Messages that already were in that state") List<UUID> unchanged,
        @Schema(description = "Ids that are no message the caller can see") List<UUID> notFound) {
}
