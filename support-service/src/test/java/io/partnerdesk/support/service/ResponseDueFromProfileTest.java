package io.partnerdesk.support.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.support.client.SupportContactRecord;
import io.partnerdesk.support.client.SupportContactRecord.Hours;
import io.partnerdesk.support.client.SupportContactRecord.Profile;

/** The partner's profile as subscriptions-service sends it, read into a due time; what it cannot read means none. */
class ResponseDueFromProfileTest {

    // Monday 2026-11-23 10:00 in Shanghai.
    private static final Instant REPORTED = Instant.parse("2026-11-23T02:00:00Z");

    private static Instant due(Hours hours, String target) {
        return ProblemReportService.responseDue(new SupportContactRecord(UUID.randomUUID(), "Test Co", "contoso",
                new Profile("Support", hours, target)), REPORTED);
    }

    private static Hours weekdays(String zone, String from, String to) {
        return new Hours(zone, Set.of("monday", "tuesday", "wednesday", "thursday", "friday"), from, to);
    }

    @Test
    @DisplayName("a complete profile gives its target in its hours")
    void complete() {
        assertThat(due(weekdays("Asia/Shanghai", "09:00", "18:00"), "PT4H"))
                .isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
    }

    @Test
    @DisplayName("no profile, a missing part, an unknown zone, day, time or an out-of-range target: no due time, no error")
    void unreadable() {
        assertThat(ProblemReportService.responseDue(new SupportContactRecord(UUID.randomUUID(), "Test Co",
                "contoso", null), REPORTED)).isNull();
        assertThat(due(null, "PT4H")).isNull();
        assertThat(due(weekdays("Asia/Shanghai", "09:00", "18:00"), null)).isNull();
        assertThat(due(new Hours("Asia/Shanghai", null, "09:00", "18:00"), "PT4H")).isNull();
        assertThat(due(weekdays("Mars/Olympus", "09:00", "18:00"), "PT4H")).isNull();
        assertThat(due(new Hours("Asia/Shanghai", Set.of("someday"), "09:00", "18:00"), "PT4H")).isNull();
        assertThat(due(new Hours("Asia/Shanghai", Set.of(), "09:00", "18:00"), "PT4H")).isNull();
        assertThat(due(weekdays("Asia/Shanghai", "9 am", "18:00"), "PT4H")).isNull();
        assertThat(due(weekdays("Asia/Shanghai", "09:00", "18:00"), "four hours")).isNull();
        assertThat(due(weekdays("Asia/Shanghai", "09:00", "18:00"), "PT0S")).isNull();
        assertThat(due(weekdays("Asia/Shanghai", "09:00", "18:00"), "P8D")).isNull();
    }
}
