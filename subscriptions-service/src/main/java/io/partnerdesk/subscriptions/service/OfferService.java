package io.partnerdesk.subscriptions.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.paging.KeysetQuery;
import io.partnerdesk.http.paging.PageRequest;
import io.partnerdesk.http.persistence.DatabaseFailures;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.subscriptions.Offer;
import io.partnerdesk.subscriptions.rest.NewOffer;
import io.partnerdesk.subscriptions.rest.OfferPatch;
import io.quarkus.logging.Log;

/** The offer catalog: everyone reads it, operators manage it. */
@ApplicationScoped
public class OfferService {

    @Inject
    Clock clock;

    public List<Offer> list(PageRequest page) {
        return KeysetQuery.of(Offer.getEntityManager(), Offer.class).page(page);
    }

    public Offer get(UUID id) {
        Offer offer = Offer.findById(id);
        if (offer == null) {
            throw Problems.notFound("Offer", id);
        }
        return offer;
    }

    @Transactional
    public Offer create(NewOffer request) {
        requireOrderedBounds(request.minQuantity(), request.maxQuantity());
        requireUniqueName(request.name(), NO_OFFER_YET);
        Instant now = Timestamps.now(clock);
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.name = request.name().trim();
        offer.product = request.product().trim();
        offer.unitType = request.unitType();
        offer.billingCycles = EnumSet.copyOf(request.billingCycles());
        offer.minQuantity = request.minQuantity();
        offer.maxQuantity = request.maxQuantity();
        offer.trialAllowed = request.trialAllowed();
        offer.createdAt = now;
        offer.updatedAt = now;
        saveWithUniqueName(offer);
        Log.infof("Offer %s created", offer.id);
        return offer;
    }

    @Transactional
    public Offer change(UUID id, String ifMatch, OfferPatch patch) {
        if (patch.changesNothing()) {
            throw Problems.invalid("body", "name at least one field to change");
        }
        Offer offer = Offer.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) {
            throw Problems.notFound("Offer", id);
        }
        ETags.requireMatch(ifMatch, offer.version);
        int min = patch.minQuantity() != null ? patch.minQuantity() : offer.minQuantity;
        int max = patch.maxQuantity() != null ? patch.maxQuantity() : offer.maxQuantity;
        requireOrderedBounds(min, max);
        if (patch.name() != null) {
            requireUniqueName(patch.name(), id);
            offer.name = patch.name().trim();
        }
        if (patch.product() != null) {
            offer.product = patch.product().trim();
        }
        if (patch.unitType() != null) {
            offer.unitType = patch.unitType();
        }
        if (patch.billingCycles() != null) {
            offer.billingCycles = EnumSet.copyOf(patch.billingCycles());
        }
        offer.minQuantity = min;
        offer.maxQuantity = max;
        if (patch.trialAllowed() != null) {
            offer.trialAllowed = patch.trialAllowed();
        }
        offer.updatedAt = Timestamps.now(clock);
        saveWithUniqueName(offer);
        Log.infof("Offer %s changed to version %d", offer.id, offer.version);
        return offer;
    }

    private static void requireOrderedBounds(int min, int max) {
        if (max < min) {
            throw Problems.invalid("maxQuantity", "must be at least minQuantity (" + min + ")");
        }
    }

    /** A new offer has no id of its own to leave out of the uniqueness check. */
    private static final UUID NO_OFFER_YET = null;

    private static void requireUniqueName(String name, UUID except) {
        Offer existing = Offer.find("lower(name) = ?1", name.trim().toLowerCase(java.util.Locale.ROOT)).firstResult();
        if (existing != null && !existing.id.equals(except)) {
            throw Problems.conflict("offer-name-taken", "Offer name taken",
                    "An offer named " + name.trim() + " already exists (" + existing.id + ").");
        }
    }

    /**
     * Writes the offer; a parallel call that took the same name between our check and this write loses on the unique
     * index, and is told the name is taken rather than getting an error.
     */
    private static void saveWithUniqueName(Offer offer) {
        try {
            offer.persistAndFlush();
        } catch (PersistenceException e) {
            if (DatabaseFailures.isUniqueViolation(e)) {
                throw Problems.conflict("offer-name-taken", "Offer name taken",
                        "An offer named " + offer.name + " already exists.");
            }
            throw e;
        }
    }
}
