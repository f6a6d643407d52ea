package io.partnerdesk.messagecenter.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.service.AcknowledgementRules.Due;

/** Which tenants a message reaches and which of them a reminder is due to, without a database or a directory. */
class AcknowledgementRulesTest {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");
    private static final Duration LEAD = Duration.ofDays(3);
    private static final Instant DATE = Instant.parse("2026-12-10T00:00:00Z");
    private static final Due SHOWN = new Due(DATE, Instant.parse("2026-11-01T00:00:00Z"), null);

    @Test
    @DisplayName("everyone and all customers reach the directory's tenants; tenants the listed ones; partners' messages none")
    void reached() {
        List<UUID> directory = List.of(A, B);
        assertThat(AcknowledgementRules.tenantsReached(AudienceType.EVERYONE, List.of(), directory))
                .containsExactlyInAnyOrder(A, B);
        assertThat(AcknowledgementRules.tenantsReached(AudienceType.CUSTOMERS, List.of(), directory))
                .containsExactlyInAnyOrder(A, B);
        assertThat(AcknowledgementRules.tenantsReached(AudienceType.TENANTS, List.of(C.toString(), "not-a-tenant"),
                directory)).containsExactly(C);
        assertThat(AcknowledgementRules.tenantsReached(AudienceType.PARTNER_IDS, List.of("contoso"), directory))
                .isEmpty();
        assertThat(AcknowledgementRules.tenantsReached(AudienceType.PARTNERS, List.of(), directory)).isEmpty();
        assertThat(AcknowledgementRules.needsDirectory(AudienceType.TENANTS)).isFalse();
        assertThat(AcknowledgementRules.needsDirectory(AudienceType.EVERYONE)).isTrue();
    }

    @Test
    @DisplayName("due from the lead before the date until the date, to those neither acknowledged nor reminded, sorted")
    void window() {
        Set<UUID> reached = Set.of(C, B, A);
        Instant opens = DATE.minus(LEAD);
        assertThat(AcknowledgementRules.toRemind(SHOWN, opens.minusSeconds(1), LEAD, reached, Set.of(), Set.of()))
                .as("before the lead").isEmpty();
        assertThat(AcknowledgementRules.toRemind(SHOWN, opens, LEAD, reached, Set.of(), Set.of()))
                .as("at the lead, sorted").containsExactly(A, B, C);
        assertThat(AcknowledgementRules.toRemind(SHOWN, DATE.minusSeconds(1), LEAD, reached, Set.of(A), Set.of(B)))
                .as("acknowledged and reminded left out").containsExactly(C);
        assertThat(AcknowledgementRules.toRemind(SHOWN, DATE, LEAD, reached, Set.of(), Set.of()))
                .as("at the date: too late").isEmpty();
    }

    @Test
    @DisplayName("no reminder for a message not shown yet, ended, first shown after the reminder point, without a date, or with a negative lead")
    void notShown() {
        Instant now = DATE.minus(Duration.ofDays(1));
        Set<UUID> reached = Set.of(A);
        assertThat(AcknowledgementRules.toRemind(new Due(DATE, now.plusSeconds(60), null), now, LEAD, reached,
                Set.of(), Set.of())).as("scheduled for later").isEmpty();
        assertThat(AcknowledgementRules.toRemind(new Due(DATE, now.minusSeconds(3600), now), now, LEAD, reached,
                Set.of(), Set.of())).as("ended").isEmpty();
        assertThat(AcknowledgementRules.toRemind(new Due(null, now.minusSeconds(60), null), now, LEAD, reached,
                Set.of(), Set.of())).as("no action required").isEmpty();
        assertThat(AcknowledgementRules.toRemind(SHOWN, now, Duration.ofDays(-1), reached, Set.of(), Set.of()))
                .as("negative lead").isEmpty();
        assertThat(AcknowledgementRules.toRemind(new Due(DATE, DATE.minus(LEAD), null), now, LEAD, reached,
                Set.of(), Set.of())).as("first shown at the reminder point: fresh news").isEmpty();
        assertThat(AcknowledgementRules.toRemind(new Due(DATE, DATE.minus(LEAD).minusSeconds(1), null), now, LEAD,
                reached, Set.of(), Set.of())).as("shown a second before it").containsExactly(A);
        assertThat(AcknowledgementRules.toRemind(SHOWN, now, LEAD, reached, Set.of(), Set.of())).containsExactly(A);
    }
}
