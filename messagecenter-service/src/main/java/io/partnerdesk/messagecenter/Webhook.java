package io.partnerdesk.messagecenter;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An endpoint a partner (or a customer, for its own tenant) registered to receive events. */
@Entity
@Table(name = "webhooks")
public class Webhook extends PanacheEntityBase {

    public enum OwnerKind {
        PARTNER,
        CUSTOMER
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    public OwnerKind ownerKind;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "tenant_id")
    public UUID tenantId;

    public String url;

    public String description;

    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;

    @ElementCollection
    @CollectionTable(name = "webhook_event_types", joinColumns = @JoinColumn(name = "webhook_id"))
    @Column(name = "event_type")
    public Set<String> eventTypes = new LinkedHashSet<>();

    /** Empty: every customer of the partner. */
    @ElementCollection
    @CollectionTable(name = "webhook_customers", joinColumns = @JoinColumn(name = "webhook_id"))
    @Column(name = "customer_id")
    public Set<UUID> customerIds = new LinkedHashSet<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The secrets that sign a delivery at {@code now}: the current one, and the previous one during its overlap. */
    public java.util.List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt)
                ? java.util.List.of(secret, previousSecret)
                : java.util.List.of(secret);
    }
}
