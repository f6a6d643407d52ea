package io.partnerdesk.subscriptions.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.paging.KeysetQuery;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.Offer;
import io.partnerdesk.subscriptions.Subscription;
import io.partnerdesk.subscriptions.SubscriptionChange;
import io.partnerdesk.subscriptions.SubscriptionChange_;
import io.partnerdesk.subscriptions.SubscriptionStatus;
import io.partnerdesk.subscriptions.Subscription_;
import io.partnerdesk.subscriptions.config.SubscriptionsConfig;
import io.partnerdesk.subscriptions.event.SubscriptionEvents;
import io.partnerdesk.subscriptions.rest.NewSubscription;
import io.quarkus.logging.Log;

/**
 * Subscriptions of a customer: the owning partner creates and changes them under {@link SubscriptionRules}; the
 * partner and the customer read them and their history. Every change is recorded field by field.
 */
@ApplicationScoped
public class SubscriptionService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    SubscriptionsConfig config;

    @Inject
    SubscriptionEvents events;

    @Inject
    SupportProfileService supportProfiles;

    @Transactional
    public Subscription create(UUID customerId, NewSubscription request) {
        Customer customer = Customer.findById(customerId);
        caller.requireWritable(customer, "Customer", customerId,
                () -> SubscriptionProblems.customerCannotWrite(customerId, null, supportProfiles.contact(customer)));
        Offer offer = Offer.findById(request.offerId());
        if (offer == null) {
            throw SubscriptionProblems.unknownOffer(request.offerId());
        }
        SubscriptionRules.requireBillingCycleOffered(offer, request.billingCycle());
        SubscriptionRules.requireQuantityWithinOffer(offer, request.quantity());

        Instant now = Timestamps.now(clock);
        Subscription subscription = new Subscription();
        subscription.id = UUID.randomUUID();
        subscription.customerId = customer.id;
        subscription.partnerId = customer.partnerId;
        subscription.offer = offer;
        subscription.friendlyName = request.friendlyName().trim();
        subscription.quantity = request.quantity();
        subscription.billingCycle = request.billingCycle();
        subscription.autoRenewEnabled = request.autoRenewEnabled();
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscription.termEndsAt = SubscriptionRules.termEnd(now, request.billingCycle());
        subscription.cancellationAllowedUntil = SubscriptionRules.cancellationAllowedUntil(now,
                config.cancellationWindow());
        subscription.persist();
        record(subscription, "status", null, SubscriptionStatus.ACTIVE.jsonName(), null, now);
        subscription.persistAndFlush();
        events.created(subscription);
        Log.infof("Subscription %s created for customer %s", subscription.id, customerId);
        return subscription;
    }

    public List<Subscription> list(UUID customerId, SubscriptionStatus status, PageRequest page) {
        caller.requireReadable(Customer.<Customer> findById(customerId), "Customer", customerId);
        return KeysetQuery.of(Subscription.getEntityManager(), Subscription.class)
                .whereEqual(Subscription_.customerId, customerId)
                .whereEqual(Subscription_.status, status)
                .page(page);
    }

    public Subscription get(UUID customerId, UUID subscriptionId) {
        return readable(customerId, subscriptionId, LockModeType.NONE);
    }

    /**
     * A partner's PATCH. The row is locked before If-Match is compared, so of concurrent writers holding the same
     * ETag exactly one wins and the others see the new version: 412.
     */
    @Transactional
    public Subscription change(UUID customerId, UUID subscriptionId, String ifMatch, SubscriptionChanges changes) {
        if (changes.changesNothing()) {
            throw Problems.invalid("body",
                    "name at least one field to change: quantity, autoRenewEnabled, friendlyName, status");
        }
        Subscription subscription = readable(customerId, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
        caller.requireWritable(subscription, "Subscription", subscriptionId,
                () -> SubscriptionProblems.customerCannotWrite(customerId, subscriptionId,
                        supportProfiles.contact(Customer.findById(customerId))));
        ETags.requireMatch(ifMatch, subscription.version);
        applyPartnerChange(subscription, changes);
        return subscription;
    }

    /** A partner's own change (PATCH): no change request to record with it. */
    private void applyPartnerChange(Subscription subscription, SubscriptionChanges changes) {
        apply(subscription, changes, null);
    }

    /**
     * Applies changes under the subscription rules and records each changed field. Used by PATCH and by the approval
     * of a change request (then {@code changeRequestId} is recorded with each change). The caller holds the row lock.
     */
    public void apply(Subscription subscription, SubscriptionChanges changes, UUID changeRequestId) {
        Instant now = Timestamps.now(clock);
        if (subscription.status == SubscriptionStatus.CANCELLED) {
            throw SubscriptionProblems.cancelled();
        }
        SubscriptionStatus statusAfter = subscription.status;
        if (changes.status() != null && changes.status() != subscription.status) {
            SubscriptionRules.requireTransition(subscription.status, changes.status(), now,
                    subscription.cancellationAllowedUntil);
            statusAfter = changes.status();
        }
        boolean quantityChanges = changes.quantity() != null && changes.quantity() != subscription.quantity;
        boolean autoRenewChanges = changes.autoRenewEnabled() != null
                && changes.autoRenewEnabled() != subscription.autoRenewEnabled;
        String friendlyName = changes.friendlyName() == null ? null : changes.friendlyName().trim();
        boolean nameChanges = friendlyName != null && !friendlyName.equals(subscription.friendlyName);

        if (quantityChanges) {
            SubscriptionRules.requireQuantityChangeAllowed(statusAfter);
            SubscriptionRules.requireQuantityWithinOffer(subscription.offer, changes.quantity());
        }
        if (statusAfter == SubscriptionStatus.CANCELLED && (autoRenewChanges || nameChanges)) {
            throw SubscriptionProblems.cancelled();
        }

        // Every rule has passed: apply the changes, record each one and tell the customer (events in this transaction).
        int changed = 0;
        if (statusAfter != subscription.status) {
            record(subscription, "status", subscription.status.jsonName(), statusAfter.jsonName(), changeRequestId,
                    now);
            if (statusAfter == SubscriptionStatus.CANCELLED) {
                events.cancelled(subscription);
            } else {
                events.changed(subscription, "status", subscription.status.jsonName(), statusAfter.jsonName());
            }
            subscription.status = statusAfter;
            changed++;
        }
        if (quantityChanges) {
            record(subscription, "quantity", String.valueOf(subscription.quantity), String.valueOf(changes.quantity()),
                    changeRequestId, now);
            events.changed(subscription, "quantity", String.valueOf(subscription.quantity),
                    String.valueOf(changes.quantity()));
            subscription.quantity = changes.quantity();
            changed++;
        }
        if (autoRenewChanges) {
            record(subscription, "autoRenewEnabled", String.valueOf(subscription.autoRenewEnabled),
                    String.valueOf(changes.autoRenewEnabled()), changeRequestId, now);
            events.changed(subscription, "autoRenewEnabled", String.valueOf(subscription.autoRenewEnabled),
                    String.valueOf(changes.autoRenewEnabled()));
            subscription.autoRenewEnabled = changes.autoRenewEnabled();
            changed++;
        }
        if (nameChanges) {
            record(subscription, "friendlyName", subscription.friendlyName, friendlyName, changeRequestId, now);
            events.changed(subscription, "friendlyName", subscription.friendlyName, friendlyName);
            subscription.friendlyName = friendlyName;
            changed++;
        }
        if (changed == 0) {
            return;
        }
        subscription.updatedAt = now;
        subscription.persistAndFlush();
        Log.infof("Subscription %s changed (%d fields) to version %d", subscription.id, changed, subscription.version);
    }

    public List<SubscriptionChange> history(UUID customerId, UUID subscriptionId, PageRequest page) {
        readable(customerId, subscriptionId, LockModeType.NONE);
        return KeysetQuery.of(SubscriptionChange.getEntityManager(), SubscriptionChange.class)
                .whereEqual(SubscriptionChange_.subscriptionId, subscriptionId)
                .page(page);
    }

    /** The subscription at {@code /customers/{customerId}/subscriptions/{subscriptionId}}, if the caller may read it. */
    Subscription readable(UUID customerId, UUID subscriptionId, LockModeType lock) {
        // A locked read is for a change, which checks the quantity against the offer's bounds: the offer comes in the
        // same statement (the lock covers only the subscription's row), one round trip fewer per PATCH or approval.
        Subscription subscription = lock == LockModeType.NONE ? Subscription.findById(subscriptionId)
                : Subscription.<Subscription> find("from Subscription s join fetch s.offer where s.id = ?1",
                        subscriptionId).withLock(lock).firstResult();
        if (subscription != null && !Objects.equals(subscription.customerId, customerId)) {
            subscription = null;
        }
        return caller.requireReadable(subscription, "Subscription", subscriptionId);
    }

    private void record(Subscription subscription, String field, String oldValue, String newValue, UUID changeRequestId,
            Instant at) {
        SubscriptionChange change = new SubscriptionChange();
        change.id = UUID.randomUUID();
        change.subscriptionId = subscription.id;
        change.actor = caller.displayName();
        change.actorRole = caller.primaryRole();
        change.field = field;
        change.oldValue = oldValue;
        change.newValue = newValue;
        change.changeRequestId = changeRequestId;
        change.createdAt = at;
        change.persist();
    }
}
