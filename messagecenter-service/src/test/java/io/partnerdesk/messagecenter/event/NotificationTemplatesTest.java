package io.partnerdesk.messagecenter.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.http.problem.ProblemException;
import io.partnerdesk.messagecenter.AudienceType;
import io.partnerdesk.messagecenter.event.NotificationTemplates.Notification;

class NotificationTemplatesTest {

    private static final UUID TENANT = UUID.fromString("11111111-1111-4111-8111-111111111111");

    private static EventEnvelope event(String type, Map<String, Object> data) {
        return new EventEnvelope(UUID.randomUUID(), type, Instant.parse("2026-11-24T10:00:00Z"), "contoso", TENANT,
                new EventEnvelope.Subject("subscription", UUID.randomUUID().toString()), data);
    }

    private static List<Notification> render(String type, Map<String, Object> data) {
        return NotificationTemplates.render(event(type, data));
    }

    @Test
    @DisplayName("a quantity change tells the tenant in plain words")
    void subscriptionChanged() {
        List<Notification> out = render("subscription.changed",
                Map.of("offerName", "Office 365 E3", "field", "quantity", "oldValue", "10", "newValue", "15"));
        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(AudienceType.TENANTS);
            assertThat(n.member()).isEqualTo(TENANT.toString());
            assertThat(n.body()).isEqualTo("Your partner changed the quantity of Office 365 E3 from 10 to 15.");
        });
    }

    @Test
    @DisplayName("a title composed from a 200-character offer name is cut to the column with an ellipsis, not refused")
    void longNamesFit() {
        String name = "N".repeat(200);
        List<Notification> out = render("subscription.changed",
                Map.of("offerName", name, "field", "quantity", "oldValue", "10", "newValue", "15"));
        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.title()).hasSize(io.partnerdesk.messagecenter.Message.TITLE_MAX).endsWith("\u2026")
                    .startsWith(name.substring(0, 50));
            assertThat(n.body()).contains(name);
        });
    }

    @Test
    @DisplayName("each type reaches the right audience")
    void audiences() {
        Map<String, List<AudienceType>> expected = Map.of(
                "subscription.created", List.of(AudienceType.TENANTS),
                "subscription.cancelled", List.of(AudienceType.TENANTS),
                "change-request.created", List.of(AudienceType.PARTNER_IDS),
                "change-request.decided", List.of(AudienceType.TENANTS),
                "support-request.created", List.of(AudienceType.TENANTS),
                "support-request.status-changed", List.of(AudienceType.TENANTS, AudienceType.PARTNER_IDS),
                "support-request.sla-breached", List.of(AudienceType.PARTNER_IDS));
        Map<String, Object> data = Map.ofEntries(Map.entry("offerName", "Office 365 E3"), Map.entry("quantity", 25),
                Map.entry("customerName", "Tailspin Toys"), Map.entry("summary", "quantity 25 → 40"),
                Map.entry("reason", "New office"), Map.entry("decision", "approved"), Map.entry("number", "SR-001042"),
                Map.entry("title", "Mail delayed"), Map.entry("status", "in_progress"), Map.entry("severity", "A"));
        expected.forEach((type, audiences) -> assertThat(render(type, data)).as(type)
                .extracting(Notification::audience).containsExactlyElementsOf(audiences));
        assertThat(render("change-request.created", data).get(0).body())
                .isEqualTo("Tailspin Toys asks you to change Office 365 E3: quantity 25 → 40. Reason: New office");
        assertThat(render("support-request.status-changed", data).get(0).body())
                .isEqualTo("Support request SR-001042 (Mail delayed) is now in progress.");
    }

    @Test
    @DisplayName("an engineer's shared note reaches tenant and partner; the partner's own note only the tenant; internal notes are refused")
    void notes() {
        Map<String, Object> engineer = Map.of("number", "SR-001042", "title", "Mail delayed", "authorRole",
                "support-engineer", "visibility", "shared");
        assertThat(render("support-request.note-added", engineer)).extracting(Notification::audience)
                .containsExactly(AudienceType.TENANTS, AudienceType.PARTNER_IDS);
        Map<String, Object> partner = Map.of("number", "SR-001042", "title", "Mail delayed", "authorRole", "partner",
                "visibility", "shared");
        assertThat(render("support-request.note-added", partner)).extracting(Notification::audience)
                .containsExactly(AudienceType.TENANTS);
        Map<String, Object> internal = Map.of("number", "SR-001042", "title", "x", "authorRole", "support-engineer",
                "visibility", "internal");
        assertThatThrownBy(() -> render("support-request.note-added", internal)).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(422));
    }

    @Test
    @DisplayName("a linked health issue's resolution tells the request's partner, quoting 21Vianet's last post")
    void healthIssueResolved() {
        Map<String, Object> data = Map.of("number", "SR-001042", "title", "Mail delayed", "service", "Exchange Online",
                "healthIssueId", UUID.randomUUID().toString(), "lastPost", "Mail flow is back to normal.");
        assertThat(render("support-request.health-issue-resolved", data)).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(AudienceType.PARTNER_IDS);
            assertThat(n.title()).isEqualTo("Exchange Online incident resolved: support request SR-001042");
            assertThat(n.body()).startsWith("21Vianet resolved the Exchange Online incident linked to support request "
                    + "SR-001042 (Mail delayed): Mail flow is back to normal.");
        });
        assertThatThrownBy(() -> render("support-request.health-issue-resolved", Map.of("number", "SR-1", "title",
                "t", "service", "Exchange Online"))).isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().violations().get(0).field()).isEqualTo("data.lastPost"));
    }

    @Test
    @DisplayName("an unknown type, or a missing fact, is 422 naming the field")
    void refused() {
        assertThatThrownBy(() -> render("subscription.exploded", Map.of())).isInstanceOfSatisfying(
                ProblemException.class,
                e -> assertThat(e.problem().violations().get(0).field()).isEqualTo("type"));
        assertThatThrownBy(() -> render("subscription.changed", Map.of("offerName", "E3")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().violations().get(0).field()).isEqualTo("data.field"));
        EventEnvelope noTenant = new EventEnvelope(UUID.randomUUID(), "subscription.cancelled", Instant.now(),
                "contoso",
                null, new EventEnvelope.Subject("subscription", "x"), Map.of("offerName", "E3"));
        assertThatThrownBy(() -> NotificationTemplates.render(noTenant)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().violations().get(0).field()).isEqualTo("tenantId"));
    }

    private static Map<String, Object> report(Object... more) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("number", "PR-001007", "title", "Outlook cannot send",
                "customerName", "Tailspin Toys", "status", "new"));
        for (int i = 0; i < more.length; i += 2) {
            data.put((String) more[i], more[i + 1]);
        }
        return data;
    }

    @Test
    @DisplayName("problem reports: each event goes to the side that did not cause it, naming the report")
    void problemReports() {
        Notification created = render("problem-report.created",
                report("impact", "allUsers", "partnerResponseDueAt", "2026-11-24T06:00:00Z")).get(0);
        assertThat(created.audience()).isEqualTo(AudienceType.PARTNER_IDS);
        assertThat(created.title()).isEqualTo("Problem report PR-001007 from Tailspin Toys");
        assertThat(created.body()).isEqualTo("Tailspin Toys reports a problem affecting all users: Outlook cannot send."
                + " Your response is due by 2026-11-24T06:00:00Z.");
        assertThat(created.subject().type()).isEqualTo("problem-report");
        assertThat(created.subject().displayName()).isEqualTo("PR-001007");
        assertThat(created.subject().link()).startsWith("/api/v1/problem-reports/");

        assertThat(render("problem-report.updated", report("status", "inProgress", "previousStatus", "new",
                "actorRole", "partner"))).singleElement().satisfies(n -> {
                    assertThat(n.audience()).isEqualTo(AudienceType.TENANTS);
                    assertThat(n.title()).isEqualTo("Problem report PR-001007 is now being worked on by your partner");
                });
        assertThat(render("problem-report.updated", report("status", "inProgress", "previousStatus", "resolved",
                "actorRole", "customer"))).extracting(Notification::audience)
                .containsExactly(AudienceType.PARTNER_IDS);
        assertThat(render("problem-report.updated", report("previousStatus", "new", "actorRole", "customer")).get(0)
                .title()).isEqualTo("Problem report PR-001007 was edited");

        assertThat(render("problem-report.resolved", report("status", "resolved", "resolution", "Quota raised.")))
                .singleElement().satisfies(n -> {
                    assertThat(n.audience()).isEqualTo(AudienceType.TENANTS);
                    assertThat(n.body()).contains("Quota raised.").contains("reopen the report within 7 days");
                });
        assertThat(render("problem-report.escalated", report("status", "escalated", "supportRequestNumber",
                "SR-001042", "severity", "B", "supportRequestId", UUID.randomUUID().toString()))).singleElement()
                .satisfies(n -> {
                    assertThat(n.audience()).isEqualTo(AudienceType.TENANTS);
                    assertThat(n.body()).contains("to 21Vianet as support request SR-001042, severity B");
                });

        assertThat(render("problem-report.note-added", report("visibility", "shared", "authorRole", "customer")))
                .extracting(Notification::audience).containsExactly(AudienceType.PARTNER_IDS);
        assertThat(render("problem-report.note-added", report("visibility", "shared", "authorRole", "partner")))
                .extracting(Notification::audience).containsExactly(AudienceType.TENANTS);
        assertThatThrownBy(() -> render("problem-report.note-added",
                report("visibility", "internal", "authorRole", "partner")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(422));
        assertThatThrownBy(() -> render("problem-report.created", report())).isInstanceOfSatisfying(
                ProblemException.class,
                e -> assertThat(e.problem().violations().get(0).field()).isEqualTo("data.impact"));
    }
}
