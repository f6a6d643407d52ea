package io.partnerdesk.subscriptions;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.partnerdesk.http.security.TenantOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A partner's customer; its id is the customer's tenant id, the {@code tenant_id} claim of its users' tokens. */
@Entity
@Table(name = "customers")
public class Customer extends PanacheEntityBase implements TenantOwned {

    @Id
    public UUID id;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "company_name")
    public String companyName;

    public String domain;

    @Column(name = "billing_email")
    public String billingEmail;

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
        return id;
    }
}
