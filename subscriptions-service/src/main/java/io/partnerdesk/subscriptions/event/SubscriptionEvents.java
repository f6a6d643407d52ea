package io.partnerdesk.subscriptions.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.partnerdesk.outbox.Outbox;
import io.partnerdesk.outbox.OutboxEvent;
import io.partnerdesk.subscriptions.ChangeRequest;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.Subscription;

/**
 * The events subscriptions-service emits, with the facts messagecenter-service's templates need. Each call writes to
 * the outbox in the caller's transaction. The customer's id is its tenant id, so tenant notifications go to it.
 */
@ApplicationScoped
public class SubscriptionEvents {

    static final String SUBSCRIPTION = "subscription";
    static final String CHANGE_REQUEST = "change-request";

    @Inject
    Outbox outbox;

    public void created(Subscription s) {
        outbox.emit(new OutboxEvent("subscription.created", SUBSCRIPTION, s.id.toString(), s.partnerId, s.customerId,
                Map.of("offerName", s.offer.name, "quantity", s.quantity, "friendlyName", s.friendlyName)));
    }

    /** One event per changed field, as the history records it. */
    public void changed(Subscription s, String field, String oldValue, String newValue) {
        outbox.emit(new OutboxEvent("subscription.changed", SUBSCRIPTION, s.id.toString(), s.partnerId, s.customerId,
                named(s, Map.of("field", field, "oldValue", oldValue, "newValue", newValue))));
    }

    public void cancelled(Subscription s) {
        outbox.emit(new OutboxEvent("subscription.cancelled", SUBSCRIPTION, s.id.toString(), s.partnerId, s.customerId,
                named(s, Map.of())));
    }

    /** Tells the owning partner that a customer asks for a change. */
    public void changeRequestFiled(ChangeRequest request, Subscription s, Customer customer) {
        outbox.emit(new OutboxEvent("change-request.created", CHANGE_REQUEST, request.id.toString(), request.partnerId,
                request.customerId, named(s, Map.of("customerName", customer.companyName, "summary", summary(request),
                        "reason", request.reason, "subscriptionId", s.id.toString()))));
    }

    /** Tells the customer what its partner decided. */
    public void changeRequestDecided(ChangeRequest request, Subscription s) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decision", request.status.jsonName());
        data.putAll(named(s, Map.of()));
        if (request.decisionReason != null) {
            data.put("reason", request.decisionReason);
        }
        outbox.emit(new OutboxEvent("change-request.decided", CHANGE_REQUEST, request.id.toString(), request.partnerId,
                request.customerId, data));
    }

    /**
     * {@code facts} with the names people know the subscription by: its offer and, when it has one, its friendly
     * name, so that a notification can say which of three E1 subscriptions changed.
     */
    static Map<String, Object> named(Subscription s, Map<String, Object> facts) {
        Map<String, Object> data = new LinkedHashMap<>(facts);
        data.put("offerName", s.offer.name);
        if (s.friendlyName != null && !s.friendlyName.isBlank()) {
            data.put("friendlyName", s.friendlyName);
        }
        return data;
    }

    /** What the customer asked for, in words: "quantity to 15, auto-renew off" or "cancellation". */
    static String summary(ChangeRequest request) {
        if (request.cancel) {
            return "cancellation";
        }
        List<String> parts = new ArrayList<>();
        if (request.quantity != null) {
            parts.add("quantity to " + request.quantity);
        }
        if (request.autoRenewEnabled != null) {
            parts.add("auto-renew " + (request.autoRenewEnabled ? "on" : "off"));
        }
        return String.join(", ", parts);
    }
}
