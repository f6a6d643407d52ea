package io.partnerdesk.subscriptions;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An item of the catalog that partners subscribe their customers to. */
@Entity
@Table(name = "offers")
public class Offer extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String product;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    public UnitType unitType;

    @Convert(converter = BillingCyclesConverter.class)
    @Column(name = "billing_cycles")
    public Set<BillingCycle> billingCycles;

    @Column(name = "min_quantity")
    public int minQuantity;

    @Column(name = "max_quantity")
    public int maxQuantity;

    @Column(name = "trial_allowed")
    public boolean trialAllowed;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
