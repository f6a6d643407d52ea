package io.partnerdesk.support.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.partnerdesk.http.security.Caller;
import io.partnerdesk.support.client.CustomerDirectoryClient;
import io.partnerdesk.support.client.CustomerNotVisibleException;
import io.partnerdesk.support.client.CustomerRecord;
import io.partnerdesk.support.client.SubscriptionRecord;
import io.partnerdesk.support.client.SupportContactRecord;
import io.quarkus.logging.Log;

/**
 * Whether the calling partner owns a customer, as subscriptions-service (which owns customers) says. Called before
 * any database transaction starts, so that no connection or lock is held while waiting on the network.
 */
@ApplicationScoped
public class CustomerOwnership {

    @Inject
    @RestClient
    CustomerDirectoryClient directory;

    @Inject
    Caller caller;

    /** The customer, if the caller is its partner; 404 on customerId if not; 503 if the directory cannot answer. */
    public CustomerRecord requireOwnedByCaller(UUID customerId) {
        String partnerId = caller.requirePartnerId();
        CustomerRecord customer;
        try {
            customer = directory.get(customerId);
        } catch (CustomerNotVisibleException e) {
            throw SupportProblems.customerNotFound(customerId);
        } catch (RuntimeException e) {
            Log.warnf("Ownership of customer %s could not be checked: %s", customerId, e.toString());
            throw SupportProblems.subscriptionsUnavailable();
        }
        // subscriptions-service already answered for this caller; checking again costs nothing and guards a misroute.
        if (customer == null || !partnerId.equals(customer.partnerId())) {
            throw SupportProblems.customerNotFound(customerId);
        }
        return customer;
    }

    /**
     * The calling customer's own record and its partner's support profile: who receives its problem report and by
     * when that partner answers. 404 when subscriptions-service knows no customer for the caller's tenant.
     */
    public SupportContactRecord requireCallerSupportContact() {
        UUID tenantId = caller.requireTenantId();
        SupportContactRecord contact;
        try {
            contact = directory.supportContact(tenantId);
        } catch (CustomerNotVisibleException e) {
            throw SupportProblems.noPartnerForTenant(tenantId);
        } catch (RuntimeException e) {
            Log.warnf("Support contact of customer %s could not be read: %s", tenantId, e.toString());
            throw SupportProblems.subscriptionsUnavailable();
        }
        if (contact == null || !tenantId.equals(contact.customerId()) || contact.partnerId() == null) {
            throw SupportProblems.noPartnerForTenant(tenantId);
        }
        return contact;
    }

    /** Checks that {@code subscriptionId} is one of the customer's subscriptions; 422 on subscriptionId if not. */
    public void requireSubscriptionOf(UUID customerId, UUID subscriptionId) {
        SubscriptionRecord subscription;
        try {
            subscription = directory.subscription(customerId, subscriptionId);
        } catch (CustomerNotVisibleException e) {
            throw SupportProblems.unknownSubscription(subscriptionId);
        } catch (RuntimeException e) {
            Log.warnf("Subscription %s of customer %s could not be checked: %s", subscriptionId, customerId,
                    e.toString());
            throw SupportProblems.subscriptionsUnavailable();
        }
        if (subscription == null || !customerId.equals(subscription.customerId())) {
            throw SupportProblems.unknownSubscription(subscriptionId);
        }
    }
}
