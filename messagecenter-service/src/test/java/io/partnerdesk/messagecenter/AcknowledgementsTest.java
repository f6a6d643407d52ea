package io.partnerdesk.messagecenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.partnerdesk.messagecenter.service.AcknowledgementReminders;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Tenants acknowledge messages requiring action; partners and operators see who has; the rest are reminded once. */
@QuarkusTest
class AcknowledgementsTest {

    @TenantDirectoryStub.InjectStub
    WireMockServer directory;

    @Inject
    AcknowledgementReminders reminders;

    /** Two customers of contoso and one of fabrikam, new to the directory. */
    private record Tenants(UUID first, UUID second, UUID fabrikams) {
    }

    private Tenants tenants() {
        return new Tenants(TenantDirectoryStub.addCustomer(directory, "contoso", "Tailspin " + UUID.randomUUID()),
                TenantDirectoryStub.addCustomer(directory, "contoso", "Wingtip " + UUID.randomUUID()),
                TenantDirectoryStub.addCustomer(directory, "fabrikam", "Northwind " + UUID.randomUUID()));
    }

    private static UUID requiringAction(Instant by, UUID... tenants) {
        return requiringAction(by, null, tenants);
    }

    /** Published now, shown from {@code shownFrom} (null: now). */
    private static UUID requiringAction(Instant by, Instant shownFrom, UUID... tenants) {
        Map<String, Object> body = Fixtures.announcement("tenants",
                java.util.Arrays.stream(tenants).map(UUID::toString).toList());
        body.put("actionRequiredBy", by.toString());
        if (shownFrom != null) {
            body.put("startsAt", shownFrom.toString());
        }
        return Fixtures.publish(body);
    }

    private static Response acknowledge(UUID tenant, UUID message, String note) {
        return Api.as(Tokens.customer(tenant)).body(note == null ? Map.of() : Map.of("note", note))
                .post("/api/v1/messages/" + message + "/acknowledgement");
    }

    private static String acknowledgements(UUID message) {
        return "/api/v1/messages/" + message + "/acknowledgements";
    }

    @Test
    @DisplayName("a tenant acknowledges once (again is 200, the same record); its partner sees who has and who has not")
    void acknowledgeAndReport() {
        Tenants t = tenants();
        UUID message = requiringAction(Instant.now().plus(Duration.ofDays(10)), t.first(), t.second(), t.fabrikams());
        Response first = acknowledge(t.first(), message, "Admins informed.");
        first.then().statusCode(201).body("tenantId", equalTo(t.first().toString()))
                .body("note", equalTo("Admins informed.")).body("acknowledgedBy", containsString("customer"));
        acknowledge(t.first(), message, "Another note").then().statusCode(200)
                .body("acknowledgedAt", equalTo(first.path("acknowledgedAt")))
                .body("note", equalTo("Admins informed."));

        Api.as(Tokens.customer(t.first())).queryParam("acknowledged", true).queryParam("limit", 200)
                .get("/api/v1/messages").then().statusCode(200).body("items.id", hasItem(message.toString()));
        Api.as(Tokens.customer(t.first())).queryParam("acknowledged", false).queryParam("limit", 200)
                .get("/api/v1/messages").then().statusCode(200).body("items.id", not(hasItem(message.toString())));
        Api.as(Tokens.customer(t.second())).queryParam("acknowledged", false).queryParam("limit", 200)
                .get("/api/v1/messages").then().statusCode(200).body("items.id", hasItem(message.toString()));

        Api.as(Tokens.partner("contoso")).get(acknowledgements(message)).then().statusCode(200)
                .body("acknowledged", hasSize(1)).body("acknowledged[0].tenantId", equalTo(t.first().toString()))
                .body("acknowledged[0].customerName", containsString("Tailspin"))
                .body("acknowledged[0].note", equalTo("Admins informed."))
                .body("notAcknowledged", hasSize(1))
                .body("notAcknowledged[0].tenantId", equalTo(t.second().toString()));
        Api.as(Tokens.partner("fabrikam")).get(acknowledgements(message)).then().statusCode(200)
                .body("acknowledged", hasSize(0)).body("notAcknowledged.tenantId", equalTo(
                        List.of(t.fabrikams().toString())));
        Api.as(Tokens.operator()).get(acknowledgements(message)).then().statusCode(200)
                .body("acknowledged", hasSize(1)).body("notAcknowledged", hasSize(2));
        Api.as(Tokens.partner("northwind")).get(acknowledgements(message)).then().statusCode(404);
    }

    @Test
    @DisplayName("refused: a partner acknowledging (403), a message without a date (409), outside the audience (404), hostile notes (400), the filter for others (400)")
    void refused() {
        Tenants t = tenants();
        UUID message = requiringAction(Instant.now().plus(Duration.ofDays(10)), t.first());
        Api.as(Tokens.partner("contoso")).body(Map.of()).post("/api/v1/messages/" + message + "/acknowledgement")
                .then().statusCode(403).body("type", containsString("customer-only"));
        Api.as(Tokens.operator()).body(Map.of()).post("/api/v1/messages/" + message + "/acknowledgement").then()
                .statusCode(403);
        acknowledge(t.second(), message, null).then().statusCode(404);
        Map<String, Object> noDate = Fixtures.announcement("tenants", List.of(t.first().toString()));
        noDate.remove("actionRequiredBy");
        UUID informational = Fixtures.publish(noDate);
        acknowledge(t.first(), informational, null).then().statusCode(409)
                .body("type", containsString("acknowledgement-not-requested"));
        Api.as(Tokens.partner("contoso")).get(acknowledgements(informational)).then().statusCode(409);
        acknowledge(t.first(), message, "a\u0000b").then().statusCode(400).body("violations[0].field",
                equalTo("note"));
        acknowledge(t.first(), message, "n".repeat(1001)).then().statusCode(400);
        Api.as(Tokens.customer(t.first())).get(acknowledgements(message)).then().statusCode(403);
        Api.as(Tokens.partner("contoso")).queryParam("acknowledged", true).get("/api/v1/messages").then()
                .statusCode(400).body("violations[0].field", equalTo("acknowledged"));
        Api.as(Tokens.customer(t.first())).queryParam("acknowledged", "maybe").get("/api/v1/messages").then()
                .statusCode(400);
        // Nothing above acknowledged anything.
        Api.as(Tokens.operator()).get(acknowledgements(message)).then().statusCode(200)
                .body("acknowledged", hasSize(0));
    }

    @Test
    @DisplayName("with the tenant directory failing the partner's report is 503, and acknowledging still works")
    void directoryDown() {
        Tenants t = tenants();
        UUID message = requiringAction(Instant.now().plus(Duration.ofDays(10)), t.first());
        StubMapping failing = directory.stubFor(get(urlPathEqualTo(TenantDirectoryStub.PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        try {
            Api.as(Tokens.partner("contoso")).get(acknowledgements(message)).then().statusCode(503)
                    .header("Retry-After", equalTo("5"));
            acknowledge(t.first(), message, null).then().statusCode(201);
        } finally {
            directory.removeStub(failing);
        }
    }

    @Test
    @DisplayName("each tenant that has not acknowledged is reminded once within 3 days of the date (not of a message first shown then), however many passes run at once")
    void remindersOnce() throws Exception {
        Tenants t = tenants();
        Instant soon = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        // Shown for a week already: the reminder point (3 days before) has passed since.
        Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
        UUID message = requiringAction(soon, weekAgo, t.first(), t.second());
        UUID later = requiringAction(Instant.now().plus(Duration.ofDays(10)), weekAgo, t.first(), t.second());
        UUID fresh = requiringAction(soon, t.first(), t.second());
        acknowledge(t.first(), message, null).then().statusCode(201);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> passes = List.of(reminders::remindDue, reminders::remindDue,
                    reminders::remindDue);
            List<Integer> written = new ArrayList<>();
            for (Future<Integer> pass : pool.invokeAll(passes)) {
                written.add(pass.get());
            }
            assertThat(written.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        reminders.remindDue();

        List<Map<String, Object>> second = reminderOf(t.second(), message);
        assertThat(second).singleElement().satisfies(m -> {
            assertThat((String) m.get("title")).startsWith("Action required by ");
            assertThat(m.get("severity")).isEqualTo("high");
            assertThat(m.get("kind")).isEqualTo("notification");
        });
        assertThat(reminderOf(t.first(), message)).as("acknowledged: no reminder").isEmpty();
        assertThat(reminderOf(t.second(), later)).as("10 days away: not yet").isEmpty();
        assertThat(reminderOf(t.second(), fresh)).as("first shown within 3 days: the announcement is the news")
                .isEmpty();
    }

    private static List<Map<String, Object>> reminderOf(UUID tenant, UUID message) {
        return Api.allItems(Tokens.customer(tenant), "/api/v1/messages",
                r -> r.queryParam("subjectType", "message").queryParam("subjectId", message.toString()));
    }
}
