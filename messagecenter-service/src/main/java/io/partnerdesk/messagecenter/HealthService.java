package io.partnerdesk.messagecenter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cloud service whose health is reported, with its current status (derived from its open issues). */
@Entity
@Table(name = "health_services")
public class HealthService extends PanacheEntityBase {

    @Id
    public String name;

    @Enumerated(EnumType.STRING)
    public HealthStatus status;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
