package io.partnerdesk.subscriptions.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.security.Roles;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.PartnerSupportProfile;
import io.partnerdesk.subscriptions.rest.CallerView;

/** Who the caller is, with the names it is known by here, and what it may do ({@link Capabilities}). */
@ApplicationScoped
public class CallerProfiles {

    /** Only PartnerDesk's roles: an identity provider's own (offline_access, default roles) mean nothing here. */
    private static final Set<String> ROLES = Set.of(Roles.PARTNER, Roles.CUSTOMER, Roles.SUPPORT_ENGINEER,
            Roles.OPERATOR, Roles.SERVICE);

    @Inject
    Caller caller;

    public CallerView describe() {
        CallerView.Partner partner = caller.isPartner() ? partner(caller.requirePartnerId()) : null;
        CallerView.Tenant tenant = caller.isCustomer() ? tenant(caller.requireTenantId()) : null;
        return new CallerView(caller.subject(), caller.displayName(),
                caller.roles().stream().filter(ROLES::contains).sorted().toList(), partner, tenant,
                Capabilities.of(caller.roles()));
    }

    private static CallerView.Partner partner(String partnerId) {
        PartnerSupportProfile profile = PartnerSupportProfile.findById(partnerId);
        return new CallerView.Partner(partnerId, profile == null ? partnerId : profile.displayName);
    }

    private static CallerView.Tenant tenant(UUID tenantId) {
        Customer customer = Customer.findById(tenantId);
        return customer == null ? new CallerView.Tenant(tenantId, null, null)
                : new CallerView.Tenant(tenantId, customer.companyName, customer.partnerId);
    }
}
