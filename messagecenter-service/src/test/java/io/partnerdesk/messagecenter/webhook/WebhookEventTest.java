package io.partnerdesk.messagecenter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.Webhook;

class WebhookEventTest {

    private static final UUID TAILSPIN = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private static Webhook partner(String id, String... types) {
        Webhook w = new Webhook();
        w.ownerKind = Webhook.OwnerKind.PARTNER;
        w.partnerId = id;
        w.eventTypes.addAll(Set.of(types));
        return w;
    }

    private static Webhook customer(UUID tenant, String... types) {
        Webhook w = new Webhook();
        w.ownerKind = Webhook.OwnerKind.CUSTOMER;
        w.tenantId = tenant;
        w.eventTypes.addAll(Set.of(types));
        return w;
    }

    private static WebhookEvent about(String type, String partner, UUID tenant) {
        return new WebhookEvent(UUID.randomUUID(), type, Instant.now(), partner, tenant, null, List.of(), "s:1", "{}");
    }

    private static WebhookEvent broadcast(String type, AudienceType audience, List<String> ids) {
        return new WebhookEvent(UUID.randomUUID(), type, Instant.now(), null, null, audience, ids, "m:1", "{}");
    }

    @Test
    @DisplayName("a partner's webhook gets its own customers' events of the types it asked for, nobody else's")
    void partnerScope() {
        Webhook contoso = partner("contoso", "subscription.changed");
        assertThat(about("subscription.changed", "contoso", TAILSPIN).reaches(contoso)).isTrue();
        assertThat(about("subscription.changed", "fabrikam", OTHER).reaches(contoso)).isFalse();
        assertThat(about("subscription.created", "contoso", TAILSPIN).reaches(contoso)).isFalse();
        contoso.customerIds.add(OTHER);
        assertThat(about("subscription.changed", "contoso", TAILSPIN).reaches(contoso)).isFalse();
        assertThat(about("subscription.changed", "contoso", OTHER).reaches(contoso)).isTrue();
    }

    @Test
    @DisplayName("a customer's webhook gets its own tenant's events only")
    void customerScope() {
        Webhook tailspin = customer(TAILSPIN, "support-request.note-added");
        assertThat(about("support-request.note-added", "contoso", TAILSPIN).reaches(tailspin)).isTrue();
        assertThat(about("support-request.note-added", "contoso", OTHER).reaches(tailspin)).isFalse();
    }

    @Test
    @DisplayName("a broadcast reaches the owners its audience names")
    void audiences() {
        Webhook contoso = partner("contoso", "message.published");
        Webhook tailspin = customer(TAILSPIN, "message.published");
        WebhookEvent partners = broadcast("message.published", AudienceType.PARTNERS, List.of());
        assertThat(partners.reaches(contoso)).isTrue();
        assertThat(partners.reaches(tailspin)).isFalse();
        WebhookEvent listed = broadcast("message.published", AudienceType.TENANTS, List.of(TAILSPIN.toString()));
        assertThat(listed.reaches(tailspin)).isTrue();
        assertThat(listed.reaches(customer(OTHER, "message.published"))).isFalse();
        assertThat(listed.reaches(contoso)).isFalse();
        assertThat(broadcast("message.published", AudienceType.PARTNER_IDS, List.of("fabrikam")).reaches(contoso))
                .isFalse();
        assertThat(broadcast("message.published", AudienceType.EVERYONE, List.of()).reaches(tailspin)).isTrue();
        contoso.customerIds.add(OTHER);
        assertThat(partners.reaches(contoso)).as("a broadcast is about no customer").isTrue();
    }

    @Test
    @DisplayName("the catalogue the API documents is the catalogue webhooks accept")
    void catalogueDocumented() throws Exception {
        java.lang.reflect.Field field = io.partnerdesk.messagecenter.rest.NewWebhook.class
                .getDeclaredField("EVENT_TYPES");
        field.setAccessible(true);
        String documented = (String) field.get(null);
        java.util.Set<String> named = java.util.regex.Pattern.compile("[a-z-]+(\\.[a-z-]+)+").matcher(documented)
                .results().map(java.util.regex.MatchResult::group).collect(java.util.stream.Collectors.toSet());
        assertThat(named).isEqualTo(WebhookEventTypes.ALL);
    }
}
