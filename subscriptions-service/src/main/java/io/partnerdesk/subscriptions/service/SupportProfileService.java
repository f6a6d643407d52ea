package io.partnerdesk.subscriptions.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import io.partnerdesk.http.concurrency.ETags;
import io.partnerdesk.http.problem.Problems;
import io.partnerdesk.http.security.Caller;
import io.partnerdesk.http.time.Timestamps;
import io.partnerdesk.subscriptions.Customer;
import io.partnerdesk.subscriptions.PartnerSupportProfile;
import io.partnerdesk.subscriptions.rest.SupportContactView;
import io.partnerdesk.subscriptions.rest.SupportProfileInput;
import io.partnerdesk.subscriptions.rest.SupportProfileView;
import io.partnerdesk.subscriptions.rest.Weekday;
import io.quarkus.logging.Log;

/**
 * The partner's support profile: the partner writes its own; its customers read it as their support contact (and
 * are shown it when they are refused a change only their partner may make).
 */
@ApplicationScoped
public class SupportProfileService {

    static final Duration MIN_RESPONSE_TARGET = Duration.ofMinutes(15);
    static final Duration MAX_RESPONSE_TARGET = Duration.ofDays(7);

    @Inject
    Caller caller;

    @Inject
    java.time.Clock clock;

    /** The calling partner's profile; 404 while it has none. */
    public PartnerSupportProfile own() {
        String partnerId = caller.requirePartnerId();
        return find(partnerId).orElseThrow(() -> Problems.notFound("Support profile", partnerId));
    }

    public Optional<PartnerSupportProfile> find(String partnerId) {
        PartnerSupportProfile profile = PartnerSupportProfile.findById(partnerId);
        if (profile != null) {
            Hibernate.initialize(profile.days);
            Hibernate.initialize(profile.languages);
        }
        return Optional.ofNullable(profile);
    }

    /** The outcome of a PUT: the profile, and whether it was made now (201) rather than replaced (200). */
    public record Saved(PartnerSupportProfile profile, boolean created) {
    }

    /**
     * Creates the calling partner's profile, or replaces it: a replacement needs the ETag of the last read in
     * If-Match (a missing one is 428, a stale one 412), so that two administrators never overwrite each other.
     */
    @Transactional
    public Saved put(String ifMatch, SupportProfileInput input) {
        String partnerId = caller.requirePartnerId();
        PartnerSupportProfile profile = PartnerSupportProfile.findById(partnerId, LockModeType.PESSIMISTIC_WRITE);
        boolean created = profile == null;
        if (created) {
            profile = new PartnerSupportProfile();
            profile.partnerId = partnerId;
        } else {
            ETags.requireMatch(ifMatch, profile.version);
        }
        profile.displayName = input.displayName().trim();
        profile.email = input.email().trim();
        profile.phone = blankToNull(input.phone());
        profile.website = website(input.website());
        profile.timeZone = zone(input.hours().timeZone());
        profile.days.clear();
        profile.days.addAll(input.hours().days().stream().map(Weekday::day)
                .collect(() -> EnumSet.noneOf(java.time.DayOfWeek.class), EnumSet::add, EnumSet::addAll));
        profile.hoursFrom = LocalTime.parse(input.hours().from());
        profile.hoursTo = LocalTime.parse(input.hours().to());
        profile.languages.clear();
        profile.languages.addAll(input.languages().stream().distinct().toList());
        profile.responseTargetMinutes = (int) responseTarget(input.responseTarget()).toMinutes();
        profile.updatedAt = Timestamps.now(clock);
        if (created) {
            profile.persist();
        } else {
            // Changing only a collection does not dirty the row; the version must still move for the ETag.
            PartnerSupportProfile.getEntityManager().lock(profile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        PartnerSupportProfile.getEntityManager().flush();
        Log.infof("Support profile of partner %s %s", partnerId, created ? "created" : "replaced");
        return new Saved(profile, created);
    }

    /** The customer's support contact: its partner's profile (null while unset). 404 for anyone but the two. */
    public SupportContactView contactOf(UUID customerId) {
        Customer customer = caller.requireReadable(Customer.<Customer> findById(customerId), "Customer", customerId);
        return contact(customer);
    }

    /** The contact of a customer the caller was already allowed to read. */
    public SupportContactView contact(Customer customer) {
        return new SupportContactView(customer.id, customer.companyName, customer.partnerId,
                find(customer.partnerId).map(SupportProfileView::from).orElse(null));
    }

    static Duration responseTarget(String text) {
        try {
            Duration target = Duration.parse(text.trim());
            if (target.compareTo(MIN_RESPONSE_TARGET) < 0 || target.compareTo(MAX_RESPONSE_TARGET) > 0
                    || target.toSecondsPart() != 0 || target.getNano() != 0) {
                throw Problems.invalid("responseTarget", "must be whole minutes from PT15M to P7D");
            }
            return target;
        } catch (DateTimeParseException e) {
            throw Problems.invalid("responseTarget", "must be an ISO 8601 duration such as PT4H");
        }
    }

    private static String zone(String text) {
        try {
            return ZoneId.of(text.trim()).getId();
        } catch (DateTimeException e) {
            throw Problems.invalid("hours.timeZone", "must be an IANA time zone such as Asia/Shanghai");
        }
    }

    private static String website(String text) {
        String website = blankToNull(text);
        if (website == null) {
            return null;
        }
        try {
            URI uri = new URI(website);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                throw Problems.invalid("website", "must be an https URL");
            }
            return website;
        } catch (URISyntaxException e) {
            throw Problems.invalid("website", "must be an https URL");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
