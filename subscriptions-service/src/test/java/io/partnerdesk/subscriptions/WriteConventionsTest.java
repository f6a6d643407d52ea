package io.partnerdesk.subscriptions;

import static io.partnerdesk.testing.conventions.WriteConventions.assertIdempotentCreate;
import static io.partnerdesk.testing.conventions.WriteConventions.assertIfMatchRequired;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Every creating POST honours Idempotency-Key; every PATCH and transition needs a matching If-Match. */
@QuarkusTest
class WriteConventionsTest {

    private static final String PARTNER = Tokens.partner(Fixtures.OWNER);
    private static final String OPERATOR = Tokens.operator();

    private static Map<String, Object> offer(String name) {
        return Map.of("name", name, "product", "Teams", "unitType", "licenses",
                "billingCycles", java.util.List.of("monthly"), "minQuantity", 1, "maxQuantity", 5, "trialAllowed",
                false);
    }

    private static String changeRequests(UUID customer, UUID subscription) {
        return Fixtures.subscriptionPath(customer, subscription) + "/change-requests";
    }

    @Test
    @DisplayName("Idempotency-Key on POST offers, customers, subscriptions and change requests: replay, then 422 for another body")
    void idempotentCreates() {
        assertIdempotentCreate(OPERATOR, "/api/v1/offers", offer("Offer " + UUID.randomUUID()),
                offer("Offer " + UUID.randomUUID()));
        assertIdempotentCreate(PARTNER, "/api/v1/customers",
                Map.of("companyName", "Once Co", "domain", Fixtures.uniqueDomain(), "billingEmail", "a@b.cn"),
                Map.of("companyName", "Twice Co", "domain", Fixtures.uniqueDomain(), "billingEmail", "a@b.cn"));
        UUID customer = Fixtures.customer(Fixtures.OWNER);
        assertIdempotentCreate(PARTNER, Fixtures.subscriptionsPath(customer), Fixtures.newSubscription(5),
                Fixtures.newSubscription(6));
        UUID subscription = Fixtures.subscription(customer);
        assertIdempotentCreate(Tokens.customer(customer), changeRequests(customer, subscription),
                Map.of("quantity", 11, "reason", "One more"), Map.of("quantity", 12, "reason", "Two more"));
    }

    @Test
    @DisplayName("If-Match on PATCH offers and subscriptions, and on approve, reject and withdraw: 428 without, 412 stale")
    void conditionalChanges() {
        String offer = "/api/v1/offers/" + Fixtures.offer();
        assertIfMatchRequired(OPERATOR, "PATCH", offer, Map.of("trialAllowed", true), offer);
        UUID customer = Fixtures.customer(Fixtures.OWNER);
        UUID subscription = Fixtures.subscription(customer);
        String subscriptionPath = Fixtures.subscriptionPath(customer, subscription);
        assertIfMatchRequired(PARTNER, "PATCH", subscriptionPath, Map.of("quantity", 7), subscriptionPath);

        String changeRequest = "/api/v1/change-requests/"
                + Fixtures.changeRequest(customer, subscription,
                        new HashMap<>(Map.of("quantity", 11, "reason", "One more")));
        Map<String, Object> reason = Map.of("reason", "Not this quarter");
        assertIfMatchRequired(PARTNER, "POST", changeRequest + "/approve", Map.of(), changeRequest);
        assertIfMatchRequired(PARTNER, "POST", changeRequest + "/reject", reason, changeRequest);
        assertIfMatchRequired(Tokens.customer(customer), "POST", changeRequest + "/withdraw", Map.of(), changeRequest);
    }
}
