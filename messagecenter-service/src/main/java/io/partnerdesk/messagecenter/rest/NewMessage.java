package io.partnerdesk.messagecenter.rest;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.messagecenter.MessageCategory;
import io.partnerdesk.messagecenter.MessageSeverity;

@Schema(name = "NewMessage", description = "An announcement an operator publishes. startsAt defaults to now.")
public record NewMessage(
        @NotBlank @Size(max = 200) @Schema(example = "Exchange Online: TLS 1.0 and 1.1 retirement") String title,
        @NotBlank @Size(max = 20000) @Schema(
                example = "From 2027-01-31 Exchange Online accepts only TLS 1.2 connections.") String body,
        @NotNull MessageCategory category,
        @NotNull MessageSeverity severity,
        @Size(max = 20) Set<@NotBlank @Size(max = 100) String> services,
        @Size(max = 20) Set<@NotBlank @Size(max = 50) String> tags,
        Boolean isMajorChange,
        Instant actionRequiredBy,
        Instant startsAt,
        Instant endsAt,
        @NotNull @Valid Audience audience) {
}
