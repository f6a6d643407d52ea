package io.partnerdesk.subscriptions.rest;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupportHours", description = "When the partner's support answers, in its own time zone. A `to` before"
        + " `from` spans midnight (22:00–06:00); equal times mean around the clock.")
public record SupportHours(
        @NotBlank @Size(max = 64) @Schema(description = "IANA time zone", example = "Asia/Shanghai") String timeZone,
        @NotEmpty @Size(max = 7) Set<@NotNull Weekday> days,
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]",
                message = "must be a time HH:mm") @Schema(example = "09:00") String from,
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]",
                message = "must be a time HH:mm") @Schema(example = "00:00") String to) {
}
