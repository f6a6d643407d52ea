package io.partnerdesk.messagecenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.HeldWrite;
import io.partnerdesk.testing.TestKeys;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * One user's first view-state writes of one message from parallel calls (two tabs, a retry): both find no row. The
 * interleaving is forced (HeldWrite): the other call's row is inserted but not committed when this call writes.
 */
@QuarkusTest
class ViewStateRaceTest {

    @Inject
    DataSource dataSource;

    @Test
    @DisplayName("parallel first writes of one user's view state: both 200, and both flags kept (an upsert, not a 500)")
    void firstWriteRace() {
        UUID tenant = UUID.randomUUID();
        UUID message = Fixtures.publish("tenants", List.of(tenant.toString()));
        String user = "racer-" + tenant;
        String token = Tokens.claims(user, "customer").claim("tenant_id", tenant.toString()).jws()
                .keyId(TestKeys.KEY_ID).sign(TestKeys.signingKey());
        // The other tab favorited the message: its row exists, uncommitted, when this call marks the message read.
        try (HeldWrite otherTab = HeldWrite.begin(dataSource,
                "insert into message_states (message_id, user_id, is_read,"
                        + " is_archived, is_favorite, updated_at) values (?, ?, false, false, true, ?)",
                message, Tokens.subjectOf(user), java.sql.Timestamp.from(Instant.now()))) {
            CompletableFuture<Response> markRead = CompletableFuture.supplyAsync(() -> Api.as(token)
                    .body(Map.of("messageIds", List.of(message.toString()))).post("/api/v1/messages/markRead"));
            otherTab.awaitBlockedWriter(Duration.ofSeconds(15));
            otherTab.commit();
            Response answer = markRead.join();
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        }
        Api.as(token).get("/api/v1/messages/" + message).then().statusCode(200)
                .body("viewPoint.isRead", equalTo(true))
                .body("viewPoint.isFavorite", equalTo(true));
    }
}
