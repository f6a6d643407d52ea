package io.partnerdesk.subscriptions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.partnerdesk.http.security.TenantOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A customer's subscription to an offer, managed by the customer's partner. */
@Entity
@Table(name = "subscriptions")
public class Subscription extends PanacheEntityBase implements TenantOwned {

    @Id
    public UUID id;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "partner_id")
    public String partnerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    public Offer offer;

    @Column(name = "friendly_name")
    public String friendlyName;

    public int quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_cycle")
    public BillingCycle billingCycle;

    @Column(name = "auto_renew_enabled")
    public boolean autoRenewEnabled;

    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "term_ends_at")
    public Instant termEndsAt;

    @Column(name = "cancellation_allowed_until")
    public Instant cancellationAllowedUntil;

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
