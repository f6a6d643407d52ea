package io.partnerdesk.messagecenter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event already turned into notifications; its id makes redelivery a no-op. */
@Entity
@Table(name = "processed_events")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    public String type;

    /** The ids of the messages it produced, comma-separated. */
    @Column(name = "message_ids")
    public String messageIds;

    @Column(name = "processed_at")
    public Instant processedAt;
}
