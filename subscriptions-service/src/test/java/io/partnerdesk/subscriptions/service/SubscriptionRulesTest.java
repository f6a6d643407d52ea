package io.partnerdesk.subscriptions.service;

import static io.partnerdesk.subscriptions.SubscriptionStatus.ACTIVE;
import static io.partnerdesk.subscriptions.SubscriptionStatus.CANCELLED;
import static io.partnerdesk.subscriptions.SubscriptionStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.partnerdesk.http.problem.ProblemException;
import io.partnerdesk.subscriptions.BillingCycle;
import io.partnerdesk.subscriptions.Offer;

class SubscriptionRulesTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant WINDOW_END = CREATED.plus(Duration.ofDays(7));

    private static Offer offer(int min, int max, BillingCycle... cycles) {
        Offer offer = new Offer();
        offer.name = "Office 365 E3";
        offer.minQuantity = min;
        offer.maxQuantity = max;
        offer.billingCycles = EnumSet.of(cycles[0], cycles);
        return offer;
    }

    private static int status(Throwable thrown) {
        return ((ProblemException) thrown).problem().status();
    }

    @Nested
    class QuantityBounds {

        @Test
        @DisplayName("quantities at both bounds are allowed")
        void boundsInclusive() {
            Offer offer = offer(5, 300, BillingCycle.ANNUAL);
            assertThatCode(() -> SubscriptionRules.requireQuantityWithinOffer(offer, 5)).doesNotThrowAnyException();
            assertThatCode(() -> SubscriptionRules.requireQuantityWithinOffer(offer, 300)).doesNotThrowAnyException();
        }

        @Test
        @DisplayName("a quantity just outside either bound is 422 naming the quantity field and the bounds")
        void outside() {
            Offer offer = offer(5, 300, BillingCycle.ANNUAL);
            for (int quantity : new int[]{ 4, 301 }) {
                assertThatThrownBy(() -> SubscriptionRules.requireQuantityWithinOffer(offer, quantity))
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.problem().status()).isEqualTo(422);
                            assertThat(e.problem().violations()).singleElement()
                                    .satisfies(v -> {
                                        assertThat(v.field()).isEqualTo("quantity");
                                        assertThat(v.message()).contains("between 5 and 300");
                                    });
                        });
            }
        }

        @Test
        @DisplayName("a billing cycle the offer does not have is 422 on billingCycle")
        void billingCycle() {
            Offer annualOnly = offer(1, 10, BillingCycle.ANNUAL);
            assertThatThrownBy(() -> SubscriptionRules.requireBillingCycleOffered(annualOnly, BillingCycle.MONTHLY))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.problem().violations().get(0).field()).isEqualTo("billingCycle"));
            assertThatCode(() -> SubscriptionRules.requireBillingCycleOffered(annualOnly, BillingCycle.ANNUAL))
                    .doesNotThrowAnyException();
        }
    }

    @Nested
    class StatusMachine {

        @Test
        @DisplayName("active and suspended alternate, both may be cancelled, cancelled goes nowhere")
        void nextStatuses() {
            assertThat(SubscriptionRules.nextStatuses(ACTIVE)).containsExactlyInAnyOrder(SUSPENDED, CANCELLED);
            assertThat(SubscriptionRules.nextStatuses(SUSPENDED)).containsExactlyInAnyOrder(ACTIVE, CANCELLED);
            assertThat(SubscriptionRules.nextStatuses(CANCELLED)).isEmpty();
        }

        @Test
        @DisplayName("leaving cancelled is 409 saying that cancelled is final")
        void cancelledIsFinal() {
            for (var to : new io.partnerdesk.subscriptions.SubscriptionStatus[]{ ACTIVE, SUSPENDED }) {
                assertThatThrownBy(() -> SubscriptionRules.requireTransition(CANCELLED, to, CREATED, WINDOW_END))
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.problem().status()).isEqualTo(409);
                            assertThat(e.problem().detail()).contains("cancelled is final");
                        });
            }
        }

        @Test
        @DisplayName("suspend and reactivate are allowed at any time")
        void suspendReactivate() {
            Instant late = WINDOW_END.plus(Duration.ofDays(100));
            assertThatCode(() -> SubscriptionRules.requireTransition(ACTIVE, SUSPENDED, late, WINDOW_END))
                    .doesNotThrowAnyException();
            assertThatCode(() -> SubscriptionRules.requireTransition(SUSPENDED, ACTIVE, late, WINDOW_END))
                    .doesNotThrowAnyException();
        }

        @Test
        @DisplayName("a suspended subscription's quantity is fixed; an active one's is not")
        void quantityWhileSuspended() {
            assertThatThrownBy(() -> SubscriptionRules.requireQuantityChangeAllowed(SUSPENDED))
                    .satisfies(e -> assertThat(status(e)).isEqualTo(409));
            assertThatThrownBy(() -> SubscriptionRules.requireQuantityChangeAllowed(CANCELLED))
                    .satisfies(e -> assertThat(status(e)).isEqualTo(409));
            assertThatCode(() -> SubscriptionRules.requireQuantityChangeAllowed(ACTIVE)).doesNotThrowAnyException();
        }
    }

    @Nested
    class CancellationWindow {

        @Test
        @DisplayName("cancelling up to and at the end of the window is allowed, from active or suspended")
        void insideWindow() {
            assertThatCode(() -> SubscriptionRules.requireTransition(ACTIVE, CANCELLED, CREATED, WINDOW_END))
                    .doesNotThrowAnyException();
            assertThatCode(() -> SubscriptionRules.requireTransition(SUSPENDED, CANCELLED, WINDOW_END, WINDOW_END))
                    .doesNotThrowAnyException();
        }

        @Test
        @DisplayName("cancelling a microsecond after the window is 409 naming the deadline")
        void afterWindow() {
            assertThatThrownBy(() -> SubscriptionRules.requireTransition(ACTIVE, CANCELLED,
                    WINDOW_END.plusNanos(1000), WINDOW_END))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.problem().status()).isEqualTo(409);
                        assertThat(e.problem().type()).endsWith("cancellation-window-closed");
                        assertThat(e.problem().detail()).contains(WINDOW_END.toString());
                    });
        }

        @Test
        @DisplayName("the window is measured from creation")
        void windowFromCreation() {
            assertThat(SubscriptionRules.cancellationAllowedUntil(CREATED, Duration.ofDays(7))).isEqualTo(WINDOW_END);
        }
    }

    @Nested
    class Terms {

        @Test
        @DisplayName("a monthly term ends a calendar month later, an annual one a year later, in UTC")
        void termEnd() {
            Instant jan31 = Instant.parse("2026-01-31T12:00:00Z");
            assertThat(SubscriptionRules.termEnd(jan31, BillingCycle.MONTHLY))
                    .isEqualTo(Instant.parse("2026-02-28T12:00:00Z"));
            assertThat(SubscriptionRules.termEnd(jan31, BillingCycle.ANNUAL))
                    .isEqualTo(Instant.parse("2027-01-31T12:00:00Z"));
        }
    }
}
