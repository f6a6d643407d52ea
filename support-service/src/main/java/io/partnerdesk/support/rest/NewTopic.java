package io.partnerdesk.support.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewSupportTopic")
public record NewTopic(@NotBlank @Size(max = 100) @Schema(example = "Power BI") String name,
        @NotBlank @Size(max = 500) @Schema(example = "Reports, dashboards, gateways") String description) {
}
