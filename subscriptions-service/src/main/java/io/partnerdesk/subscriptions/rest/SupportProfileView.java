package io.partnerdesk.subscriptions.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.partnerdesk.subscriptions.PartnerSupportProfile;

@Schema(name = "SupportProfile", description = "How a partner's customers reach its support.")
public record SupportProfileView(
        @Schema(example = "contoso") String partnerId,
        String displayName,
        String email,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String website,
        SupportHours hours,
        List<String> languages,
        @Schema(example = "PT4H") String responseTarget,
        Instant updatedAt) {

    public static SupportProfileView from(PartnerSupportProfile p) {
        return new SupportProfileView(p.partnerId, p.displayName, p.email, p.phone, p.website,
                new SupportHours(p.timeZone,
                        p.days.stream().sorted().map(Weekday::of).collect(Collectors.toCollection(
                                java.util.LinkedHashSet::new)),
                        p.hoursFrom.toString(), p.hoursTo.toString()),
                List.copyOf(p.languages), Duration.ofMinutes(p.responseTargetMinutes).toString(), p.updatedAt);
    }

    /** The contact as one line of text, for a problem's detail. */
    public String inWords() {
        return displayName + " (" + email + (phone == null ? "" : ", " + phone) + ")";
    }
}
