package io.partnerdesk.messagecenter;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.TestKeys;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** "Mark all read" in one call, whatever the volume, and how it meets later per-message choices. */
@QuarkusTest
class ReadMarkTest {

    private static String reader(UUID tenant) {
        return Tokens.claims("reader-" + tenant, "customer").claim("tenant_id", tenant.toString()).jws()
                .keyId(TestKeys.KEY_ID).sign(TestKeys.signingKey());
    }

    private static int unread(String token) {
        return Api.as(token).get("/api/v1/messages/unread-count").then().statusCode(200).extract().path("unread");
    }

    @Test
    @DisplayName("markAllRead reads every message at once; a later markUnread, archive and new messages behave as a person expects")
    void markAllRead() {
        UUID tenant = UUID.randomUUID();
        String token = reader(tenant);
        int before = unread(token);
        UUID first = Fixtures.publish("tenants", List.of(tenant.toString()));
        UUID second = Fixtures.publish("tenants", List.of(tenant.toString()));
        UUID third = Fixtures.publish("tenants", List.of(tenant.toString()));
        org.assertj.core.api.Assertions.assertThat(unread(token)).isEqualTo(before + 3);

        Api.as(token).body(Map.of()).post("/api/v1/messages/markAllRead").then().statusCode(200)
                .body("readBefore", notNullValue());
        org.assertj.core.api.Assertions.assertThat(unread(token)).isZero();
        Api.as(token).queryParam("unread", "true").get("/api/v1/messages").then().statusCode(200).body("items",
                hasSize(0));
        Api.as(token).get("/api/v1/messages/" + first).then().body("viewPoint.isRead", equalTo(true));

        // A message marked unread afterwards is unread again; archiving another keeps it read.
        Api.as(token).body(Map.of("messageIds", List.of(second.toString()))).post("/api/v1/messages/markUnread")
                .then().statusCode(200).body("changed", hasItem(second.toString()));
        Api.as(token).body(Map.of("messageIds", List.of(third.toString()))).post("/api/v1/messages/archive")
                .then().statusCode(200);
        Api.as(token).get("/api/v1/messages/" + second).then().body("viewPoint.isRead", equalTo(false));
        Api.as(token).get("/api/v1/messages/" + third).then().body("viewPoint.isRead", equalTo(true))
                .body("viewPoint.isArchived", equalTo(true));
        Api.as(token).body(Map.of("messageIds", List.of(first.toString()))).post("/api/v1/messages/markRead")
                .then().statusCode(200).body("unchanged", hasItem(first.toString()));
        org.assertj.core.api.Assertions.assertThat(unread(token)).isEqualTo(1);

        // Messages that come later are unread until read or marked again.
        UUID later = Fixtures.publish("tenants", List.of(tenant.toString()));
        Api.as(token).queryParam("unread", "true").get("/api/v1/messages").then()
                .body("items.id", hasItem(later.toString())).body("items.id", not(hasItem(first.toString())));
        Api.as(token).post("/api/v1/messages/markAllRead").then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(unread(token)).isZero();
    }

    @Test
    @DisplayName("markAllRead up to a time leaves later messages unread; the mark never moves back; bad times are 400")
    void upToATime() {
        UUID tenant = UUID.randomUUID();
        String token = reader(tenant);
        UUID old = Fixtures.publish("tenants", List.of(tenant.toString()));
        Instant between = Instant.now();
        UUID recent = Fixtures.publish("tenants", List.of(tenant.toString()));
        Api.as(token).body(Map.of("before", between.toString())).post("/api/v1/messages/markAllRead").then()
                .statusCode(200);
        Api.as(token).get("/api/v1/messages/" + old).then().body("viewPoint.isRead", equalTo(true));
        Api.as(token).get("/api/v1/messages/" + recent).then().body("viewPoint.isRead", equalTo(false));
        Api.as(token).body(Map.of("before", "2001-01-01T00:00:00Z")).post("/api/v1/messages/markAllRead").then()
                .statusCode(200)
                .body("readBefore", equalTo(between.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString()));
        Api.as(token).get("/api/v1/messages/" + old).then().body("viewPoint.isRead", equalTo(true));
        Api.as(token).body(Map.of("before", "-5000-01-01T00:00:00Z")).post("/api/v1/messages/markAllRead").then()
                .statusCode(400).body("violations[0].field", equalTo("before"));
        Api.as(token).body(Map.of("before", 12)).post("/api/v1/messages/markAllRead").then().statusCode(400);
    }
}
