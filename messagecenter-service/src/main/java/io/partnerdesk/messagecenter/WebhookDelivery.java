package io.partnerdesk.messagecenter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One event on its way to one webhook, with every attempt. Written by the dispatcher in plain SQL (claims and
 * outcomes); read through this entity for the delivery log.
 */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery extends PanacheEntityBase {

    public enum State {
        @com.fasterxml.jackson.annotation.JsonProperty("pending")
        PENDING,
        @com.fasterxml.jackson.annotation.JsonProperty("succeeded")
        SUCCEEDED,
        @com.fasterxml.jackson.annotation.JsonProperty("failed")
        FAILED
    }

    /** One try: when, what the receiver answered (or why there was no answer), how long it took. */
    @Embeddable
    public static class Attempt {

        public int attempt;

        @Column(name = "attempted_at")
        public Instant attemptedAt;

        @Column(name = "status_code")
        public Integer statusCode;

        public String error;

        @Column(name = "latency_ms")
        public long latencyMs;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(unique = true)
    public UUID id;

    @Column(name = "webhook_id")
    public UUID webhookId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "subject_key")
    public String subjectKey;

    public String body;

    @Enumerated(EnumType.STRING)
    public State state;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "first_attempt_at")
    public Instant firstAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "single_attempt")
    public boolean singleAttempt;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "webhook_delivery_attempts", joinColumns = @JoinColumn(name = "delivery_id",
            referencedColumnName = "id"))
    @OrderBy("attempt")
    public List<Attempt> attemptLog = new ArrayList<>();
}
