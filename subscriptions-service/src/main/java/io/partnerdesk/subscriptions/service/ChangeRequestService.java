package io.partnerdesk.subscriptions.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import io.partnerdesk.subscriptions.ChangeRequest;
import io.partnerdesk.subscriptions.ChangeRequestStatus;
import io.partnerdesk.subscriptions.ChangeRequest_;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.Subscription;
import io.partnerdesk.subscriptions.SubscriptionStatus;
import io.partnerdesk.subscriptions.event.SubscriptionEvents;
import io.partnerdesk.subscriptions.rest.NewChangeRequest;
import io.quarkus.logging.Log;

/**
 * Change requests: the customer asks, the partner approves (the change is applied under the same rules as a
 * partner's PATCH, in the same transaction) or rejects, the customer may withdraw a pending one.
 */
@ApplicationScoped
public class ChangeRequestService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SubscriptionEvents events;

    @Transactional
    public ChangeRequest file(UUID customerId, UUID subscriptionId, NewChangeRequest request) {
        // Locked so that two requests filed at once cannot both pass the one-pending check.
        Subscription subscription = subscriptions.readable(customerId, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
        if (!caller.isOwnTenant(subscription)) {
            throw SubscriptionProblems.onlyCustomersRequestChanges();
        }
        boolean cancel = Boolean.TRUE.equals(request.cancel());
        if (cancel && (request.quantity() != null || request.autoRenewEnabled() != null)) {
            throw Problems.invalid("cancel", "cannot be combined with other changes; ask for a cancellation alone");
        }
        if (!cancel && request.quantity() == null && request.autoRenewEnabled() == null) {
            throw Problems.invalid("body", "ask for at least one change: quantity, autoRenewEnabled or cancel");
        }
        Instant now = Timestamps.now(clock);
        if (subscription.status == SubscriptionStatus.CANCELLED) {
            throw SubscriptionProblems.cancelled();
        }
        if (request.quantity() != null) {
            SubscriptionRules.requireQuantityWithinOffer(subscription.offer, request.quantity());
        }
        if (cancel && now.isAfter(subscription.cancellationAllowedUntil)) {
            throw SubscriptionProblems.cancellationWindowClosed(subscription.cancellationAllowedUntil);
        }
        ChangeRequest pending = ChangeRequest.find("subscriptionId = ?1 and status = ?2", subscriptionId,
                ChangeRequestStatus.PENDING).firstResult();
        if (pending != null) {
            throw SubscriptionProblems.pendingChangeRequestExists(pending.id);
        }

        ChangeRequest changeRequest = new ChangeRequest();
        changeRequest.id = UUID.randomUUID();
        changeRequest.subscriptionId = subscription.id;
        changeRequest.customerId = subscription.customerId;
        changeRequest.partnerId = subscription.partnerId;
        changeRequest.requestedBy = caller.displayName();
        changeRequest.quantity = request.quantity();
        changeRequest.autoRenewEnabled = request.autoRenewEnabled();
        changeRequest.cancel = cancel;
        changeRequest.reason = request.reason().trim();
        changeRequest.status = ChangeRequestStatus.PENDING;
        changeRequest.createdAt = now;
        changeRequest.updatedAt = now;
        changeRequest.persistAndFlush();
        events.changeRequestFiled(changeRequest, subscription, Customer.findById(subscription.customerId));
        Log.infof("Change request %s filed for subscription %s", changeRequest.id, subscriptionId);
        return changeRequest;
    }

    /** A partner's change requests, or those about a customer's own subscriptions; optionally filtered. */
    public List<ChangeRequest> list(ChangeRequestStatus status, UUID subscriptionId, PageRequest page) {
        KeysetQuery<ChangeRequest> query = KeysetQuery.of(ChangeRequest.getEntityManager(), ChangeRequest.class);
        if (caller.isPartner()) {
            query.whereEqual(ChangeRequest_.partnerId, caller.requirePartnerId());
        } else {
            query.whereEqual(ChangeRequest_.customerId, caller.requireTenantId());
        }
        return query.whereEqual(ChangeRequest_.status, status)
                .whereEqual(ChangeRequest_.subscriptionId, subscriptionId)
                .page(page);
    }

    public ChangeRequest get(UUID id) {
        return caller.requireReadable(ChangeRequest.<ChangeRequest> findById(id), "Change request", id);
    }

    /** Approves and applies the change atomically; a rule the change breaks leaves the request pending (409/422). */
    @Transactional
    public ChangeRequest approve(UUID id, String ifMatch, String reason) {
        ChangeRequest changeRequest = decidable(id, ifMatch);
        Subscription subscription = Subscription.findById(changeRequest.subscriptionId, LockModeType.PESSIMISTIC_WRITE);
        SubscriptionChanges changes = changeRequest.cancel
                ? new SubscriptionChanges(null, null, null, SubscriptionStatus.CANCELLED)
                : new SubscriptionChanges(changeRequest.quantity, changeRequest.autoRenewEnabled, null, null);
        subscriptions.apply(subscription, changes, changeRequest.id);
        decide(changeRequest, ChangeRequestStatus.APPROVED, reason);
        events.changeRequestDecided(changeRequest, subscription);
        return changeRequest;
    }

    @Transactional
    public ChangeRequest reject(UUID id, String ifMatch, String reason) {
        ChangeRequest changeRequest = decide(decidable(id, ifMatch), ChangeRequestStatus.REJECTED, reason);
        events.changeRequestDecided(changeRequest, Subscription.findById(changeRequest.subscriptionId));
        return changeRequest;
    }

    @Transactional
    public ChangeRequest withdraw(UUID id, String ifMatch) {
        ChangeRequest changeRequest = caller.requireReadable(
                ChangeRequest.<ChangeRequest> findById(id, LockModeType.PESSIMISTIC_WRITE), "Change request", id);
        if (!caller.isOwnTenant(changeRequest)) {
            throw SubscriptionProblems.onlyCustomerWithdraws();
        }
        ETags.requireMatch(ifMatch, changeRequest.version);
        requirePending(changeRequest);
        return decide(changeRequest, ChangeRequestStatus.WITHDRAWN, null);
    }

    private ChangeRequest decidable(UUID id, String ifMatch) {
        ChangeRequest changeRequest = caller.requireWritable(
                ChangeRequest.<ChangeRequest> findById(id, LockModeType.PESSIMISTIC_WRITE), "Change request", id,
                SubscriptionProblems::onlyPartnerDecides);
        ETags.requireMatch(ifMatch, changeRequest.version);
        requirePending(changeRequest);
        return changeRequest;
    }

    private static void requirePending(ChangeRequest changeRequest) {
        if (changeRequest.status != ChangeRequestStatus.PENDING) {
            throw SubscriptionProblems.changeRequestDecided(changeRequest.status);
        }
    }

    private ChangeRequest decide(ChangeRequest changeRequest, ChangeRequestStatus status, String reason) {
        Instant now = Timestamps.now(clock);
        changeRequest.status = status;
        changeRequest.decidedBy = caller.displayName();
        changeRequest.decidedAt = now;
        changeRequest.decisionReason = reason == null ? null : reason.trim();
        changeRequest.updatedAt = now;
        changeRequest.persistAndFlush();
        Log.infof("Change request %s %s", changeRequest.id, status.jsonName());
        return changeRequest;
    }
}
