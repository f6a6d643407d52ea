package io.partnerdesk.support.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewSupportTopic")
public record NewTopic(@NotBlank @Size(max = 100) @Schema(example = "Power BI") String name,
        @NotBlank @Size(max = 500) @Schema(example = "Reports, dashboards, gateways") String description,
        @Size(min = 1, max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*\\S[^\\p{Cntrl}]*",
                message = "must be a service name") @Schema(nullable = true, example = "Power BI",
                        description = "The service of the Message Center's service health whose open issues a request on this topic is told of") String healthService) {
}
