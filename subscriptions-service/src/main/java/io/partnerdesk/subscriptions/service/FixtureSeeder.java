package io.partnerdesk.subscriptions.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.subscriptions.BillingCycle;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.Offer;
import io.partnerdesk.subscriptions.PartnerSupportProfile;
import io.partnerdesk.subscriptions.Subscription;
import io.partnerdesk.subscriptions.SubscriptionStatus;
import io.partnerdesk.subscriptions.config.SubscriptionsConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates the development fixture customers of the {@code partnerdesk} realm (Tailspin Toys of contoso, Wingtip Toys
 * of fabrikam), each with one subscription, so that their customer users see data at once. Only when
 * {@code partnerdesk.subscriptions.seed-fixtures=true}, which only the dev and test profiles set; in the prod profile
 * only together with {@code seed-fixtures-in-production=true} (local stack, demo compose).
 */
@ApplicationScoped
public class FixtureSeeder {

    public static final UUID TAILSPIN = UUID.fromString("11111111-1111-4111-8111-111111111111");
    public static final UUID WINGTIP = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final UUID OFFICE_365_E3 = UUID.fromString("6f3c1f0e-0b1a-4e8e-9a51-1a2b3c4d5e02");

    @Inject
    SubscriptionsConfig config;

    @Inject
    Clock clock;

    @Transactional
    void seed(@Observes StartupEvent startup) {
        if (!config.seedFixtures()) {
            return;
        }
        requireNotProductionUnlessForced(io.quarkus.runtime.LaunchMode.current(), config.seedFixturesInProduction());
        seedCustomer(TAILSPIN, "contoso", "Tailspin Toys", "tailspintoys.partner.onmschina.cn",
                "billing@tailspintoys.cn");
        seedCustomer(WINGTIP, "fabrikam", "Wingtip Toys", "wingtiptoys.partner.onmschina.cn", "billing@wingtiptoys.cn");
        seedSupportProfile("contoso", "Contoso Cloud Support", "support@contoso.example", "+86 21 5555 0100",
                "Asia/Shanghai");
        seedSupportProfile("fabrikam", "Fabrikam Help Desk", "help@fabrikam.example", null, "Asia/Shanghai");
    }

    /** The fixture partners' support profiles, so that their customers are told whom to ask; kept when changed. */
    private void seedSupportProfile(String partnerId, String name, String email, String phone, String zone) {
        if (PartnerSupportProfile.findById(partnerId) != null) {
            return;
        }
        PartnerSupportProfile profile = new PartnerSupportProfile();
        profile.partnerId = partnerId;
        profile.displayName = name;
        profile.email = email;
        profile.phone = phone;
        profile.timeZone = zone;
        profile.days.addAll(java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY));
        profile.hoursFrom = java.time.LocalTime.of(9, 0);
        profile.hoursTo = java.time.LocalTime.of(18, 0);
        profile.languages.addAll(java.util.List.of("zh-CN", "en"));
        profile.responseTargetMinutes = 240;
        profile.updatedAt = Timestamps.now(clock);
        profile.persist();
    }

    /**
     * Known customers with known ids, owned by the fixture realm's partners, must never appear in a production database
     * by a forgotten variable: in the prod profile seeding stops the start unless explicitly forced.
     */
    static void requireNotProductionUnlessForced(io.quarkus.runtime.LaunchMode mode, boolean forced) {
        if (mode == io.quarkus.runtime.LaunchMode.NORMAL && !forced) {
            throw new IllegalStateException(
                    "Refusing to start: fixture seeding (PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES)"
                            + " is on in the prod profile. Turn it off, or set PARTNERDESK_SUBSCRIPTIONS_SEED_FIXTURES_IN_PRODUCTION=true"
                            + " for a demo.");
        }
        if (mode == io.quarkus.runtime.LaunchMode.NORMAL) {
            Log.warn("Seeding development fixture customers in the prod profile (forced): a demo, never production");
        }
    }

    private void seedCustomer(UUID id, String partnerId, String name, String domain, String billingEmail) {
        if (Customer.findById(id) != null) {
            return;
        }
        Instant now = Timestamps.now(clock);
        Customer customer = new Customer();
        customer.id = id;
        customer.partnerId = partnerId;
        customer.companyName = name;
        customer.domain = domain;
        customer.billingEmail = billingEmail;
        customer.createdAt = now;
        customer.updatedAt = now;
        customer.persist();

        Subscription subscription = new Subscription();
        subscription.id = UUID.nameUUIDFromBytes(("fixture-subscription-" + id).getBytes());
        subscription.customerId = id;
        subscription.partnerId = partnerId;
        subscription.offer = Offer.findById(OFFICE_365_E3);
        subscription.friendlyName = name + " E3";
        subscription.quantity = 25;
        subscription.billingCycle = BillingCycle.ANNUAL;
        subscription.autoRenewEnabled = true;
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscription.termEndsAt = SubscriptionRules.termEnd(now, BillingCycle.ANNUAL);
        subscription.cancellationAllowedUntil = SubscriptionRules.cancellationAllowedUntil(now,
                config.cancellationWindow());
        subscription.persist();
        Log.infof("Seeded fixture customer %s (%s) of partner %s", name, id, partnerId);
    }
}
