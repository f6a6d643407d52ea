package io.partnerdesk.support;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A service or area a support request can be about. Inactive topics stay readable but take no new requests. */
@Entity
@Table(name = "support_topics")
public class SupportTopic extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    public String description;

    public boolean active;

    /** The service whose health requests on this topic depend on, as messagecenter-service names it; may be null. */
    @Column(name = "health_service")
    public String healthService;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
