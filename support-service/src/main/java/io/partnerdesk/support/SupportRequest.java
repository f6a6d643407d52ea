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

/** A customer's problem that its partner escalated to 21Vianet, with its first-response SLA clock. */
@Entity
@Table(name = "support_requests")
public class SupportRequest extends PanacheEntityBase implements TenantOwned {

    @Id
    public UUID id;

    public long number;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "topic_id")
    public UUID topicId;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "steps_taken")
    public String stepsTaken;

    @Column(name = "customer_impact")
    public String customerImpact;

    public String assignee;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "first_response_due_at")
    public Instant firstResponseDueAt;

    @Column(name = "first_responded_at")
    public Instant firstRespondedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The customer's problem report this request escalates, if it came from one. */
    @Column(name = "problem_report_id")
    public UUID problemReportId;

    @Version
    public long version;

    /** The human-readable number, e.g. {@code SR-001042}. */
    public String displayNumber() {
        return String.format("SR-%06d", number);
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
