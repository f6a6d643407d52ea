package io.partnerdesk.subscriptions.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.partnerdesk.http.problem.ProblemException;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.problem.Violation;
import io.partnerdesk.subscriptions.ChangeRequestStatus;
import io.partnerdesk.subscriptions.Offer;
import io.partnerdesk.subscriptions.SubscriptionStatus;
import io.partnerdesk.subscriptions.rest.SupportContactView;
import io.partnerdesk.subscriptions.rest.SupportProfileView;

/** The problem types of subscriptions-service, so that every error of one kind reads the same. */
public final class SubscriptionProblems {

    private SubscriptionProblems() {
    }

    /**
     * A customer may not change subscriptions: the problem says whom to ask, by name when the partner has a support
     * profile, and carries the contact as the extension member {@code supportContact}.
     */
    public static ProblemException customerCannotWrite(UUID customerId, UUID subscriptionId,
            SupportContactView contact) {
        String changeRequests = subscriptionId == null
                ? "POST /api/v1/customers/" + customerId + "/subscriptions/{subscriptionId}/change-requests"
                : "POST /api/v1/customers/" + customerId + "/subscriptions/" + subscriptionId + "/change-requests";
        SupportProfileView profile = contact == null ? null : contact.supportProfile();
        String whom = profile == null ? "your partner" : "your partner, " + profile.inWords();
        return Problems.of(403, "subscription-read-only", "Subscriptions are read-only for customers",
                "Only your partner can change subscriptions. Ask " + whom + ", or file a change request: "
                        + changeRequests + ".")
                .withExtension("supportContact", contact);
    }

    public static ProblemException onlyCustomersRequestChanges() {
        return Problems.of(403, "change-request-customer-only", "Change requests are filed by customers",
                "Partners change their customers' subscriptions directly with PATCH; change requests are for customers.");
    }

    public static ProblemException onlyPartnerDecides() {
        return Problems.of(403, "change-request-partner-decides", "Only the partner decides",
                "Only your partner approves or rejects change requests. You may withdraw a pending request.");
    }

    public static ProblemException onlyCustomerWithdraws() {
        return Problems.of(403, "change-request-customer-withdraws", "Only the customer withdraws",
                "Only the customer who filed a change request may withdraw it; as the partner, approve or reject it.");
    }

    public static ProblemException quantityOutOfBounds(Offer offer, int quantity) {
        return Problems.unprocessable("quantity-out-of-bounds", "Quantity outside the offer's bounds",
                List.of(new Violation("quantity", "must be between " + offer.minQuantity + " and " + offer.maxQuantity
                        + " for offer " + offer.name + " (was " + quantity + ")")));
    }

    public static ProblemException billingCycleNotOffered(Offer offer, Set<String> offered) {
        return Problems.unprocessable("billing-cycle-not-offered", "Billing cycle not offered",
                List.of(new Violation("billingCycle", "must be one of " + offered + " for offer " + offer.name)));
    }

    public static ProblemException unknownOffer(UUID offerId) {
        return Problems.unprocessable("unknown-offer", "Unknown offer",
                List.of(new Violation("offerId", "no offer " + offerId + " in the catalog; see GET /api/v1/offers")));
    }

    public static ProblemException invalidTransition(SubscriptionStatus from, SubscriptionStatus to,
            Set<SubscriptionStatus> allowed) {
        String next = allowed.isEmpty() ? "none: cancelled is final"
                : allowed.stream().map(SubscriptionStatus::jsonName).sorted().collect(Collectors.joining(", "));
        return Problems.conflict("invalid-status-transition", "Status change not allowed",
                "A " + from.jsonName() + " subscription cannot become " + to.jsonName() + ". Allowed next statuses: "
                        + next + ".");
    }

    public static ProblemException cancelled() {
        return Problems.conflict("subscription-cancelled", "Subscription cancelled",
                "The subscription is cancelled, which is final: it cannot be changed. Create a new subscription instead.");
    }

    public static ProblemException suspendedQuantity() {
        return Problems.conflict("subscription-suspended", "Subscription suspended",
                "The quantity of a suspended subscription cannot change. Reactivate it first (status: active), "
                        + "or send both changes in one PATCH.");
    }

    public static ProblemException cancellationWindowClosed(Instant until) {
        return Problems.conflict("cancellation-window-closed", "Cancellation window closed",
                "This subscription could be cancelled until " + until
                        + ". Turn off auto-renew so that it ends at the end of its term.");
    }

    public static ProblemException domainTaken(String domain) {
        return Problems.conflict("domain-taken", "Domain already registered",
                "The domain " + domain + " already belongs to a customer. Each customer tenant has its own domain.");
    }

    public static ProblemException changeRequestDecided(ChangeRequestStatus status) {
        return Problems.conflict("change-request-not-pending", "Change request already decided",
                "The change request is " + status.jsonName()
                        + "; only a pending request can be approved, rejected or withdrawn.");
    }

    public static ProblemException pendingChangeRequestExists(UUID pendingId) {
        return Problems.conflict("change-request-pending", "A change request is already pending",
                "Change request " + pendingId
                        + " for this subscription is still pending. Wait for your partner's decision "
                        + "or withdraw it first.");
    }
}
