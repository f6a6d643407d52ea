package io.partnerdesk.subscriptions.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.paging.KeysetQuery;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.persistence.DatabaseFailures;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.Customer_;
import io.partnerdesk.subscriptions.rest.NewCustomer;
import io.quarkus.logging.Log;

/** A partner's customers: the partner creates and reads them, a customer reads itself. */
@ApplicationScoped
public class CustomerService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Customer create(NewCustomer request) {
        String partnerId = caller.requirePartnerId();
        String domain = request.domain().trim().toLowerCase(Locale.ROOT);
        if (Customer.count("lower(domain) = ?1", domain) > 0) {
            throw SubscriptionProblems.domainTaken(domain);
        }
        Instant now = Timestamps.now(clock);
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.partnerId = partnerId;
        customer.companyName = request.companyName().trim();
        customer.domain = domain;
        customer.billingEmail = request.billingEmail().trim();
        customer.createdAt = now;
        customer.updatedAt = now;
        try {
            customer.persistAndFlush();
        } catch (PersistenceException e) {
            // Two partners registering one domain at the same moment: the unique index decides. Hibernate 7 throws its
            // ConstraintViolationException itself, older versions wrapped it: the SQL state is read wherever it is.
            if (DatabaseFailures.isUniqueViolation(e)) {
                throw SubscriptionProblems.domainTaken(domain);
            }
            throw e;
        }
        Log.infof("Customer %s created by partner %s", customer.id, partnerId);
        return customer;
    }

    /** The customers the caller may see: a partner its own, a customer itself; optionally filtered. */
    public List<Customer> list(PageRequest page, String domain, String name) {
        KeysetQuery<Customer> query = KeysetQuery.of(Customer.getEntityManager(), Customer.class);
        if (caller.isPartner()) {
            query.whereEqual(Customer_.partnerId, caller.requirePartnerId());
        } else {
            query.whereEqual(Customer_.id, caller.requireTenantId());
        }
        return query
                .whereGiven(domain,
                        (c, cb, wanted) -> cb.equal(cb.lower(c.get(Customer_.domain)), wanted.toLowerCase(Locale.ROOT)))
                .whereGiven(name,
                        (c, cb, part) -> cb.like(cb.lower(c.get(Customer_.companyName)), LikePatterns.contains(part),
                                LikePatterns.ESCAPE))
                .page(page);
    }

    /** Every customer, or one partner's: the tenant directory other services read with their service token. */
    public List<Customer> directory(PageRequest page, String partnerId) {
        return KeysetQuery.of(Customer.getEntityManager(), Customer.class)
                .whereEqual(Customer_.partnerId, partnerId)
                .page(page);
    }

    public Customer get(UUID id) {
        return caller.requireReadable(Customer.<Customer> findById(id), "Customer", id);
    }
}
