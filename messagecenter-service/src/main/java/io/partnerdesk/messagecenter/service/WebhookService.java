package io.partnerdesk.messagecenter.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.paging.Keyset;
import io.partnerdesk.http.paging.KeysetQuery;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.messagecenter.Webhook;
import io.partnerdesk.messagecenter.WebhookDelivery;
import io.partnerdesk.messagecenter.WebhookDelivery_;
import io.partnerdesk.messagecenter.Webhook_;
import io.partnerdesk.messagecenter.config.WebhookConfig;
import io.partnerdesk.messagecenter.rest.NewWebhook;
import io.partnerdesk.messagecenter.rest.WebhookPatch;
import io.partnerdesk.messagecenter.webhook.ReceiverPolicy;
import io.partnerdesk.messagecenter.webhook.WebhookDeliveryStore;
import io.partnerdesk.messagecenter.webhook.WebhookDispatcher;
import io.partnerdesk.messagecenter.webhook.WebhookEventTypes;
import io.partnerdesk.messagecenter.webhook.WebhookFanOut;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Webhooks as their owners manage them: a partner (for its customers) or a customer (for its own tenant) registers,
 * changes, rotates, tests and deletes its own, reads their delivery logs, and redelivers or replays events. Anyone
 * else's webhook is 404, whether it exists or not.
 */
@ApplicationScoped
public class WebhookService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    WebhookConfig config;

    @Inject
    ReceiverPolicy receivers;

    @Inject
    WebhookFanOut fanOut;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookDeliveryStore store;

    /** Webhooks with a test delivery under way in this replica: one at a time per webhook. */
    private final Set<UUID> testsInFlight = ConcurrentHashMap.newKeySet();

    /** The new webhook and its secret. */
    public record Registered(Webhook webhook, String secret) {
    }

    @Transactional
    public Registered register(NewWebhook request) {
        Instant now = Timestamps.now(clock);
        Webhook w = new Webhook();
        w.id = UUID.randomUUID();
        if (caller.isPartner()) {
            w.ownerKind = Webhook.OwnerKind.PARTNER;
            w.partnerId = caller.requirePartnerId();
        } else {
            w.ownerKind = Webhook.OwnerKind.CUSTOMER;
            w.tenantId = caller.requireTenantId();
        }
        // Two parallel registrations must not both pass the limit: they count one after the other.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:owner))")
                .setParameter("owner", "webhooks:" + (w.partnerId != null ? w.partnerId : w.tenantId))
                .getSingleResult();
        long owned = ownedQuery(w.ownerKind, w.partnerId, w.tenantId);
        if (owned >= config.maxPerOwner()) {
            throw MessageProblems.tooManyWebhooks(config.maxPerOwner());
        }
        w.url = checkedUrl(request.url());
        w.eventTypes = eventTypes(request.eventTypes());
        w.customerIds = customers(w.ownerKind, request.customerIds());
        w.description = blankToNull(request.description());
        w.enabled = true;
        String secret = io.partnerdesk.messagecenter.webhook.WebhookSigner.newSecret();
        w.secret = secret;
        w.createdBy = caller.subject();
        w.createdAt = now;
        w.updatedAt = now;
        w.persistAndFlush();
        Log.infof("Webhook %s registered by %s %s", w.id, w.ownerKind, w.ownerKind == Webhook.OwnerKind.PARTNER
                ? w.partnerId
                : w.tenantId);
        return new Registered(w, secret);
    }

    public List<Webhook> list(PageRequest page) {
        return KeysetQuery.of(em, Webhook.class)
                .where((w, cb) -> caller.isPartner() ? cb.equal(w.get(Webhook_.partnerId), caller.requirePartnerId())
                        : cb.equal(w.get(Webhook_.tenantId), caller.requireTenantId()))
                .page(page);
    }

    /** The caller's webhook; 404 for anyone else's. */
    public Webhook get(UUID id) {
        return owned(em.find(Webhook.class, id), id);
    }

    @Transactional
    public Webhook change(UUID id, String ifMatch, WebhookPatch patch) {
        if (patch.changesNothing()) {
            throw Problems.invalid("body", "name at least one field to change");
        }
        Webhook w = owned(em.find(Webhook.class, id, LockModeType.PESSIMISTIC_WRITE), id);
        ETags.requireMatch(ifMatch, w.version);
        if (patch.url() != null) {
            w.url = checkedUrl(patch.url());
        }
        if (patch.eventTypes() != null) {
            w.eventTypes.clear();
            w.eventTypes.addAll(eventTypes(patch.eventTypes()));
        }
        if (patch.customerIds() != null) {
            Set<UUID> customers = customers(w.ownerKind, patch.customerIds());
            w.customerIds.clear();
            w.customerIds.addAll(customers);
        }
        if (patch.description() != null) {
            w.description = blankToNull(patch.description());
        }
        if (patch.enabled() != null) {
            w.enabled = patch.enabled();
            if (w.enabled) {
                w.disabledReason = null;
            }
        }
        w.updatedAt = Timestamps.now(clock);
        // Changing only a collection does not dirty the row; the version must still move for the ETag.
        em.lock(w, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        w.persistAndFlush();
        Hibernate.initialize(w.eventTypes);
        Hibernate.initialize(w.customerIds);
        if (w.enabled) {
            dispatcher.wake();
        }
        return w;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Webhook w = owned(em.find(Webhook.class, id, LockModeType.PESSIMISTIC_WRITE), id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, w.version);
        }
        // Deliveries and their attempts go with it (on delete cascade).
        em.createNativeQuery("delete from webhooks where id = :id").setParameter("id", id).executeUpdate();
        Log.infof("Webhook %s deleted", id);
    }

    /** A new secret; the old one keeps signing alongside for the overlap. */
    @Transactional
    public Registered rotate(UUID id, String ifMatch) {
        Webhook w = owned(em.find(Webhook.class, id, LockModeType.PESSIMISTIC_WRITE), id);
        ETags.requireMatch(ifMatch, w.version);
        Instant now = Timestamps.now(clock);
        String secret = io.partnerdesk.messagecenter.webhook.WebhookSigner.newSecret();
        w.previousSecret = w.secret;
        w.previousSecretExpiresAt = now.plus(config.secretOverlap());
        w.secret = secret;
        w.updatedAt = now;
        em.lock(w, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        w.persistAndFlush();
        Hibernate.initialize(w.eventTypes);
        Hibernate.initialize(w.customerIds);
        return new Registered(w, secret);
    }

    /**
     * Sends a {@code webhook.test} event now and waits for the answer (at most the response timeout): one attempt,
     * never retried, never disabling the webhook, whether it is enabled or not.
     */
    public WebhookDelivery test(UUID id) {
        Webhook w = get(id);
        if (!testsInFlight.add(w.id)) {
            throw MessageProblems.webhookTestInProgress();
        }
        try {
            Instant now = Timestamps.now(clock);
            UUID eventId = UUID.randomUUID();
            WebhookDeliveryStore.Claimed claimed = QuarkusTransaction.requiringNew().call(() -> store.claimOne(
                    fanOut.queue(w.id, eventId, WebhookEventTypes.TEST, "test:" + eventId,
                            fanOut.payloads().test(w.id, now), now, true),
                    dispatcher.owner(), now, now.plus(dispatcher.lease())));
            if (claimed == null) {
                // Not expected: queued and leased in one transaction, no dispatcher can have taken it.
                throw new IllegalStateException("test delivery of webhook " + w.id + " could not be leased");
            }
            try {
                dispatcher.send(claimed).toCompletableFuture().get(dispatcher.lease().toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                Log.warnf("Test delivery %s: outcome not recorded in time (%s)", claimed.id(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delivery(w.id, claimed.id());
        } finally {
            testsInFlight.remove(w.id);
        }
    }

    public List<WebhookDelivery> deliveries(UUID webhookId, WebhookDelivery.State state, String eventType,
            PageRequest page) {
        Webhook w = get(webhookId);
        return KeysetQuery.of(em, WebhookDelivery.class, Keyset.Order.NEWEST_FIRST)
                .whereEqual(WebhookDelivery_.webhookId, w.id)
                .whereEqual(WebhookDelivery_.state, state)
                .whereEqual(WebhookDelivery_.eventType, eventType)
                .page(page);
    }

    /** One delivery of the caller's webhook; 404 otherwise. */
    public WebhookDelivery delivery(UUID webhookId, UUID deliveryId) {
        Webhook w = get(webhookId);
        List<WebhookDelivery> found = em.createQuery(
                "select d from WebhookDelivery d left join fetch d.attemptLog where d.id = :id and d.webhookId = :w",
                WebhookDelivery.class).setParameter("id", deliveryId).setParameter("w", w.id).getResultList();
        if (found.isEmpty()) {
            throw Problems.notFound("Webhook delivery", deliveryId);
        }
        return found.get(0);
    }

    /** Queues the delivery's event again for this webhook, behind what is queued for its subject. */
    public WebhookDelivery redeliver(UUID webhookId, UUID deliveryId) {
        WebhookDelivery original = delivery(webhookId, deliveryId);
        requireEnabled(webhookId);
        requireRoomInQueue(webhookId);
        UUID id = QuarkusTransaction.requiringNew().call(() -> fanOut.queue(webhookId, original.eventId,
                original.eventType, original.subjectKey, original.body, Timestamps.now(clock),
                original.singleAttempt));
        return delivery(webhookId, id);
    }

    /** Queues again every kept event since {@code since} that the webhook receives now. */
    @Transactional
    public WebhookFanOut.Replay replay(UUID webhookId, Instant since) {
        Webhook w = requireEnabled(webhookId);
        requireRoomInQueue(webhookId);
        Instant now = Timestamps.now(clock);
        Instant earliest = now.minus(config.eventRetention());
        if (since.isBefore(earliest) || since.isAfter(now)) {
            throw Problems.invalid("since", "must be between " + earliest + " and now: events are kept for "
                    + config.eventRetention().toDays() + " days");
        }
        return fanOut.replay(w, since);
    }

    private Webhook requireEnabled(UUID webhookId) {
        Webhook w = get(webhookId);
        if (!w.enabled) {
            throw MessageProblems.webhookDisabled();
        }
        return w;
    }

    /**
     * Redelivery and replay add to a webhook's queue on request; past this many pending deliveries they wait until
     * the receiver has caught up, so that no owner can fill the dispatcher's queue for everyone.
     */
    static final int MAX_PENDING_FOR_REQUESTS = WebhookFanOut.REPLAY_MAX;

    private void requireRoomInQueue(UUID webhookId) {
        Number pending = (Number) em.createNativeQuery(
                "select count(*) from webhook_deliveries where webhook_id = :id and state = 'PENDING'")
                .setParameter("id", webhookId).getSingleResult();
        if (pending.longValue() >= MAX_PENDING_FOR_REQUESTS) {
            throw MessageProblems.webhookQueueFull(MAX_PENDING_FOR_REQUESTS);
        }
    }

    private Webhook owned(Webhook w, UUID id) {
        boolean mine = w != null && (caller.isPartner()
                ? w.ownerKind == Webhook.OwnerKind.PARTNER && w.partnerId.equals(caller.requirePartnerId())
                : w.ownerKind == Webhook.OwnerKind.CUSTOMER && w.tenantId.equals(caller.requireTenantId()));
        if (!mine) {
            throw Problems.notFound("Webhook", id);
        }
        return w;
    }

    private long ownedQuery(Webhook.OwnerKind kind, String partnerId, UUID tenantId) {
        return kind == Webhook.OwnerKind.PARTNER ? Webhook.count("partnerId", partnerId)
                : Webhook.count("tenantId", tenantId);
    }

    private String checkedUrl(String url) {
        try {
            URI checked = receivers.resolve(url.trim()).url();
            return checked.toString();
        } catch (ReceiverPolicy.Refused refused) {
            throw MessageProblems.receiverRefused("url", refused.getMessage());
        }
    }

    private static Set<String> eventTypes(List<String> requested) {
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i).trim();
            if (!WebhookEventTypes.isKnown(type)) {
                throw MessageProblems.unknownWebhookEventType("eventTypes[" + i + "]", type);
            }
            types.add(type);
        }
        return types;
    }

    private static Set<UUID> customers(Webhook.OwnerKind kind, List<UUID> requested) {
        if (requested == null || requested.isEmpty()) {
            return new LinkedHashSet<>();
        }
        if (kind == Webhook.OwnerKind.CUSTOMER) {
            throw Problems.invalid("customerIds",
                    "must be empty: a customer's webhook receives its own tenant's events");
        }
        return new LinkedHashSet<>(requested);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
