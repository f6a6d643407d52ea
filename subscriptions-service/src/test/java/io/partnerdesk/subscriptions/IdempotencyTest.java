package io.partnerdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    private static final String PARTNER = Tokens.partner("contoso");

    @Inject
    DataSource dataSource;

    private UUID customerId;

    @BeforeEach
    void customer() {
        customerId = Fixtures.customer("contoso");
    }

    private Response create(String token, String key, Map<String, Object> body) {
        return Api.as(token).header("Idempotency-Key", key).body(body).post(Fixtures.subscriptionsPath(customerId));
    }

    private int subscriptionCount() {
        return Api.as(PARTNER).get(Fixtures.subscriptionsPath(customerId)).jsonPath().getList("items").size();
    }

    @Test
    @DisplayName("the same POST three times with one key creates one subscription and answers the same each time")
    void replay() {
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = create(PARTNER, key, Fixtures.newSubscription(7)).then().statusCode(201)
                .extract();
        ExtractableResponse<Response> second = create(PARTNER, key, Fixtures.newSubscription(7)).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        ExtractableResponse<Response> third = create(PARTNER, key, Fixtures.newSubscription(7)).then().statusCode(201)
                .extract();

        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(third.asString()).isEqualTo(first.asString());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(third.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(subscriptionCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a retry that spells the customer id in upper case is the same request: replayed, not refused")
    void retrySpelledDifferently() {
        String key = UUID.randomUUID().toString();
        String first = create(PARTNER, key, Fixtures.newSubscription(7)).then().statusCode(201).extract().path("id");
        Api.as(PARTNER).header("Idempotency-Key", key).body(Fixtures.newSubscription(7))
                .post(Fixtures.subscriptionsPath(customerId).replace(customerId.toString(),
                        customerId.toString().toUpperCase(java.util.Locale.ROOT)))
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(first));
        assertThat(subscriptionCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("the same key with another body is 422, and nothing more is created")
    void sameKeyOtherBody() {
        String key = UUID.randomUUID().toString();
        create(PARTNER, key, Fixtures.newSubscription(7)).then().statusCode(201);
        create(PARTNER, key, Fixtures.newSubscription(8)).then().statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertThat(subscriptionCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("keys are per caller: another user's identical key is a request of its own")
    void perCaller() {
        String key = UUID.randomUUID().toString();
        create(PARTNER, key, Fixtures.newSubscription(7)).then().statusCode(201);
        create(Tokens.partner("contoso", "contoso-integration"), key, Fixtures.newSubscription(7)).then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        assertThat(subscriptionCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("a failed first request stores nothing: a retry with the key runs again")
    void failureNotStored() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> tooMany = new HashMap<>(Fixtures.newSubscription(10));
        tooMany.put("quantity", 20_000);
        create(PARTNER, key, tooMany).then().statusCode(422);
        create(PARTNER, key, tooMany).then().statusCode(422);
        assertThat(subscriptionCount()).isZero();
    }

    @Test
    @DisplayName("a retry while the first request with the key is still running is 409")
    void inProgress() throws Exception {
        String key = UUID.randomUUID().toString();
        String subject = Tokens.subjectOf("contoso-admin");
        // Hold the key's lock as the first request's transaction would while it runs.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, subject + ' ' + key);
                lock.execute();
            }
            create(PARTNER, key, Fixtures.newSubscription(7)).then().statusCode(409)
                    .body("type", endsWith("/idempotency-in-progress"));
            connection.rollback();
        }
        create(PARTNER, key, Fixtures.newSubscription(7)).then().statusCode(201);
    }

    @Test
    @DisplayName("an Idempotency-Key that is too long or has spaces is 400")
    void invalidKey() {
        create(PARTNER, "k".repeat(256), Fixtures.newSubscription(7)).then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        create(PARTNER, "has space", Fixtures.newSubscription(7)).then().statusCode(400);
        assertThat(subscriptionCount()).isZero();
    }
}
