package io.partnerdesk.support.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewHealthIssueLink", description = "The Message Center health issue a support request is about.")
public record LinkHealthIssue(@NotNull UUID healthIssueId) {
}
