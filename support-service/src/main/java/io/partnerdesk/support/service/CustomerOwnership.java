package io.partnerdesk.support.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.partnerdesk.http.security.Caller;
import io.partnerdesk.support.client.CustomerDirectoryClient;
import io.partnerdesk.support.client.CustomerNotVisibleException;
import io.partnerdesk.support.client.CustomerRecord;
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
}
