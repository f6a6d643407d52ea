package io.partnerdesk.subscriptions;

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
 * A customer's request that its partner change a subscription: a new quantity and/or auto-renew setting, or a
 * cancellation. The customer never writes the subscription; the partner's approval applies the change.
 */
@Entity
@Table(name = "change_requests")
public class ChangeRequest extends PanacheEntityBase implements TenantOwned {

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "requested_by")
    public String requestedBy;

    public Integer quantity;

    @Column(name = "auto_renew_enabled")
    public Boolean autoRenewEnabled;

    public boolean cancel;

    public String reason;

    @Enumerated(EnumType.STRING)
    public ChangeRequestStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @Override
    public String ownerPartnerId() {
        return partnerId;
    }

    @Override
    public UUID ownerTenantId() {
        return customerId;
    }
}
