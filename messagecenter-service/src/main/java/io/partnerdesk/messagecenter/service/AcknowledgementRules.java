package io.partnerdesk.messagecenter.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.partnerdesk.messagecenter.AudienceType;

/**
 * Which tenants a message asks to act, and which of them a reminder is due to: plain rules over what the database and
 * the tenant directory answered, so that the selection is tested without either.
 */
public final class AcknowledgementRules {

    private AcknowledgementRules() {
    }

    /** Whether the tenants a message reaches can be known only from the tenant directory (everyone, all customers). */
    public static boolean needsDirectory(AudienceType audience) {
        return audience == AudienceType.EVERYONE || audience == AudienceType.CUSTOMERS;
    }

    /**
     * The customer tenants a message reaches: every tenant of the directory for everyone and all customers, the listed
     * tenants for {@code tenants}, none for messages to partners (no customer can see them).
     */
    public static Set<UUID> tenantsReached(AudienceType audience, Collection<String> audienceIds,
            Collection<UUID> directory) {
        Set<UUID> reached = new LinkedHashSet<>();
        switch (audience) {
            case EVERYONE, CUSTOMERS -> reached.addAll(directory);
            case TENANTS -> audienceIds.forEach(id -> {
                try {
                    reached.add(UUID.fromString(id));
                } catch (IllegalArgumentException e) {
                    // A member that is no tenant id reaches nobody; the audience was checked when published.
                }
            });
            case PARTNERS, PARTNER_IDS -> {
            }
        }
        return reached;
    }

    /** The facts about one message the reminder selection needs. */
    public record Due(Instant actionRequiredBy, Instant startsAt, Instant endsAt) {
    }

    /**
     * The tenants to remind now: a reminder is due from {@code lead} before the action date until that date, while the
     * message is shown (started, not ended), to each tenant it reaches that has neither acknowledged nor been reminded.
     * A message first shown after the reminder point is itself fresh news: a reminder on its heels would only repeat it.
     * Sorted, so that replicas that race for the same reminders take them in the same order.
     */
    public static List<UUID> toRemind(Due message, Instant now, Duration lead, Set<UUID> reached,
            Set<UUID> acknowledged, Set<UUID> reminded) {
        if (message.actionRequiredBy() == null || lead.isNegative()) {
            return List.of();
        }
        Instant remindFrom = message.actionRequiredBy().minus(lead);
        boolean inWindow = !now.isBefore(remindFrom) && now.isBefore(message.actionRequiredBy());
        boolean shownBefore = message.startsAt().isBefore(remindFrom);
        boolean shown = !now.isBefore(message.startsAt())
                && (message.endsAt() == null || now.isBefore(message.endsAt()));
        if (!inWindow || !shown || !shownBefore) {
            return List.of();
        }
        return reached.stream().filter(t -> !acknowledged.contains(t) && !reminded.contains(t)).sorted().toList();
    }
}
