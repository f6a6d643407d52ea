package io.partnerdesk.support;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.partnerdesk.http.security.TenantOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A customer's problem, told to its partner. The partner works it, resolves it, or escalates it to 21Vianet as a
 * {@link SupportRequest}; the partner's response clock comes from its published support profile.
 */
@Entity
@Table(name = "problem_reports")
public class ProblemReport extends PanacheEntityBase implements TenantOwned {

    @Id
    public UUID id;

    public long number;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "partner_id")
    public String partnerId;

    /** The customer's company name when it reported, for notifications and the partner's queue. */
    @Column(name = "customer_name")
    public String customerName;

    public String title;

    public String description;

    @Column(name = "service_name")
    public String serviceName;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Enumerated(EnumType.STRING)
    public ReportImpact impact;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    public String resolution;

    /** The support request this report was escalated as, if it was. */
    @Column(name = "support_request_id")
    public UUID supportRequestId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "partner_response_due_at")
    public Instant partnerResponseDueAt;

    @Column(name = "partner_responded_at")
    public Instant partnerRespondedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** The human-readable number, e.g. {@code PR-001042}. */
    public String displayNumber() {
        return String.format("PR-%06d", number);
    }

    @Override
    public String ownerPartnerId() {
        return partnerId;
    }

    @Override
    public UUID ownerTenantId() {
        return customerId;
    }
}
