package io.partnerdesk.messagecenter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.http.paging.Cursor;
import io.partnerdesk.messagecenter.Message;
import io.partnerdesk.messagecenter.MessageCategory;
import io.partnerdesk.messagecenter.MessageKind;
import io.partnerdesk.messagecenter.MessageSeverity;
import io.partnerdesk.messagecenter.MessageState;

@Schema(name = "Message", description = "A Message Center message with the caller's view of it.")
public record MessageView(
        UUID id,
        @Schema(example = "Exchange Online: TLS 1.0 and 1.1 retirement") String title,
        String body,
        MessageCategory category,
        MessageSeverity severity,
        @Schema(example = "[\"Exchange Online\"]") List<String> services,
        @Schema(example = "[\"Admin impact\"]") List<String> tags,
        boolean isMajorChange,
        @Schema(nullable = true) Instant actionRequiredBy,
        Instant startsAt,
        @Schema(nullable = true) Instant endsAt,
        @Schema(description = "Shown to operators only; readers see null", nullable = true) Audience audience,
        MessageKind kind,
        @Schema(description = "What a notification is about; null for announcements",
                nullable = true) MessageSubject subject,
        @Schema(description = "Where to read the subject; null for announcements", nullable = true) MessageLinks links,
        ViewPoint viewPoint,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * @param showAudience whether to show who else receives the message; only operators see audiences, so that no
     *                     customer learns other tenants' ids
     */
    /** The message as its publisher (an operator) sees it right after a write: its audience, no view state. */
    public static MessageView forPublisher(Message m) {
        return from(m, null, false, true);
    }

    public static MessageView from(Message m, MessageState state, boolean read, boolean showAudience) {
        return new MessageView(m.id, m.title, m.body, m.category, m.severity, m.services.stream().sorted().toList(),
                m.tags.stream().sorted().toList(), m.majorChange, m.actionRequiredBy, m.startsAt, m.endsAt,
                showAudience ? new Audience(m.audienceType, m.audienceIds.stream().sorted().toList()) : null, m.kind,
                m.subjectType == null ? null : new MessageSubject(m.subjectType, m.subjectId, m.subjectName),
                m.subjectType == null ? null : new MessageLinks(m.subjectLink),
                ViewPoint.of(state, read), m.createdAt, m.updatedAt);
    }

    public static Cursor cursor(Message m) {
        return new Cursor(m.createdAt, m.id);
    }
}
