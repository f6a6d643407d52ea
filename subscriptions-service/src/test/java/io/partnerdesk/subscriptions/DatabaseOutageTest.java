package io.partnerdesk.subscriptions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.DatabaseOutage;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A service whose database is gone is out for everyone: it says so with 503 and Retry-After (which the gateway's
 * breaker counts as an outage), never with a 500 (which it does not), and it recovers by itself.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    @DisplayName("with its database refusing connections the service answers 503 problem with Retry-After, then recovers")
    void deadDatabaseIs503() {
        String partner = Tokens.partner(Fixtures.OWNER);
        try (DatabaseOutage outage = DatabaseOutage.start()) {
            for (int i = 0; i < 3; i++) {
                // The first call may meet a pooled connection the server ended, later ones a refused new connection.
                Api.as(partner).get("/api/v1/customers").then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("type", endsWith("/service-unavailable"))
                        .body("requestId", notNullValue())
                        .body("detail", not(containsString("PSQL")))
                        .body("detail", not(containsString("jdbc")));
            }
        }
        // Back at once: the service dropped its dead idle connections at the first failure. (Bounded wait only for a
        // connection that was in use elsewhere, e.g. by the outbox relay, when the database went.)
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> Api.as(partner).get("/api/v1/customers").statusCode(), status -> status == 200);
    }
}
