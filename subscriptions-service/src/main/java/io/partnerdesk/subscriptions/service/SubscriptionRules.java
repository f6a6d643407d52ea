package io.partnerdesk.subscriptions.service;

import static io.partnerdesk.subscriptions.SubscriptionStatus.ACTIVE;
import static io.partnerdesk.subscriptions.SubscriptionStatus.CANCELLED;
import static io.partnerdesk.subscriptions.SubscriptionStatus.SUSPENDED;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.partnerdesk.subscriptions.BillingCycle;
import io.partnerdesk.subscriptions.Offer;
import io.partnerdesk.subscriptions.SubscriptionStatus;

/**
 * The rules of a subscription's life, free of HTTP and persistence so that they are tested on their own:
 * quantity within the offer's bounds, the status machine, the cancellation window, term dates.
 */
public final class SubscriptionRules {

    private static final Map<SubscriptionStatus, Set<SubscriptionStatus>> NEXT = Map.of(
            ACTIVE, EnumSet.of(SUSPENDED, CANCELLED),
            SUSPENDED, EnumSet.of(ACTIVE, CANCELLED),
            CANCELLED, EnumSet.noneOf(SubscriptionStatus.class));

    private SubscriptionRules() {
    }

    /** The statuses a subscription in {@code from} may move to. */
    public static Set<SubscriptionStatus> nextStatuses(SubscriptionStatus from) {
        return NEXT.get(from);
    }

    public static void requireQuantityWithinOffer(Offer offer, int quantity) {
        if (quantity < offer.minQuantity || quantity > offer.maxQuantity) {
            throw SubscriptionProblems.quantityOutOfBounds(offer, quantity);
        }
    }

    public static void requireBillingCycleOffered(Offer offer, BillingCycle cycle) {
        if (!offer.billingCycles.contains(cycle)) {
            Set<String> offered = new TreeSet<>();
            offer.billingCycles.forEach(c -> offered.add(c.name().toLowerCase(java.util.Locale.ROOT)));
            throw SubscriptionProblems.billingCycleNotOffered(offer, offered);
        }
    }

    /**
     * Checks a status change. Cancelling is allowed only until {@code cancellationAllowedUntil}; cancelled is final.
     */
    public static void requireTransition(SubscriptionStatus from, SubscriptionStatus to, Instant now,
            Instant cancellationAllowedUntil) {
        if (!NEXT.get(from).contains(to)) {
            throw SubscriptionProblems.invalidTransition(from, to, NEXT.get(from));
        }
        if (to == CANCELLED && now.isAfter(cancellationAllowedUntil)) {
            throw SubscriptionProblems.cancellationWindowClosed(cancellationAllowedUntil);
        }
    }

    /** Quantity changes only on an active subscription: a suspended one must be reactivated first. */
    public static void requireQuantityChangeAllowed(SubscriptionStatus statusAfterChange) {
        if (statusAfterChange == SUSPENDED) {
            throw SubscriptionProblems.suspendedQuantity();
        }
        if (statusAfterChange == CANCELLED) {
            throw SubscriptionProblems.cancelled();
        }
    }

    /** When the first term of a subscription started at {@code start} ends. */
    public static Instant termEnd(Instant start, BillingCycle cycle) {
        var utc = start.atOffset(ZoneOffset.UTC);
        return (cycle == BillingCycle.MONTHLY ? utc.plusMonths(1) : utc.plusYears(1)).toInstant();
    }

    public static Instant cancellationAllowedUntil(Instant start, Duration window) {
        return start.plus(window);
    }
}
