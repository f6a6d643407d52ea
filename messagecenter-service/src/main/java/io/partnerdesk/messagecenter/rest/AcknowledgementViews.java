package io.partnerdesk.messagecenter.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.messagecenter.MessageAcknowledgement;
import io.partnerdesk.messagecenter.client.DirectoryCustomer;

/** Request and response records of tenants' acknowledgements of messages that require action. */
public final class AcknowledgementViews {

    private AcknowledgementViews() {
    }

    @Schema(name = "NewAcknowledgement", description = "A customer's acknowledgement, for its whole tenant.")
    public record NewAcknowledgement(@Size(max = MessageAcknowledgement.NOTE_MAX) @Pattern(
            regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*",
            message = "must not contain control characters") @Schema(
                    nullable = true, example = "Our admins will sign in again after the window.") String note) {
    }

    @Schema(name = "Acknowledgement",
            description = "A tenant's acknowledgement of a message requiring action; made once, never changed.")
    public record AcknowledgementView(UUID messageId, UUID tenantId,
            @Schema(example = "tailspin-admin") String acknowledgedBy, Instant acknowledgedAt,
            @Schema(nullable = true) String note) {

        public static AcknowledgementView from(MessageAcknowledgement a) {
            return new AcknowledgementView(a.messageId, a.tenantId, a.acknowledgedBy, a.acknowledgedAt, a.note);
        }
    }

    @Schema(name = "TenantAcknowledgement", description = "A customer tenant that acknowledged, who and when.")
    public record Acknowledged(UUID tenantId, @Schema(example = "Tailspin Toys", nullable = true) String customerName,
            @Schema(example = "contoso", nullable = true) String partnerId,
            @Schema(example = "tailspin-admin") String acknowledgedBy, Instant acknowledgedAt,
            @Schema(nullable = true) String note) {

        public static Acknowledged from(MessageAcknowledgement a, DirectoryCustomer customer) {
            return new Acknowledged(a.tenantId, customer == null ? null : customer.companyName(),
                    customer == null ? null : customer.partnerId(), a.acknowledgedBy, a.acknowledgedAt, a.note);
        }
    }

    @Schema(name = "PendingTenant", description = "A customer tenant the message reaches that has not acknowledged.")
    public record Pending(UUID tenantId,
            @Schema(example = "Wingtip Toys", nullable = true,
                    description = "Null for a listed tenant the tenant directory does not know") String customerName,
            @Schema(example = "contoso", nullable = true) String partnerId) {

        public static Pending from(DirectoryCustomer c) {
            return new Pending(c.id(), c.companyName(), c.partnerId());
        }
    }

    @Schema(name = "AcknowledgementReport", description = """
            Who has acknowledged a message requiring action and who has not: for a partner its own customers that the \
            message reaches, for an operator every tenant.""")
    public record Report(UUID messageId, Instant actionRequiredBy, List<Acknowledged> acknowledged,
            List<Pending> notAcknowledged) {
    }
}
