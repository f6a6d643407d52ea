package io.partnerdesk.support;

import static org.hamcrest.Matchers.endsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.HeldWrite;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Parallel creates of one unique name, with the interleaving forced (HeldWrite): the unique index decides. */
@QuarkusTest
class WriteRacesTest {

    @Inject
    DataSource dataSource;

    @Test
    @DisplayName("two operators creating topics of the same name (any case) at once: the loser gets 409, not 500")
    void topicNameRace() {
        String name = "Race topic " + UUID.randomUUID();
        Instant now = Instant.now();
        try (HeldWrite other = HeldWrite.begin(dataSource, "insert into support_topics (id, name, description, active,"
                + " created_at, updated_at, version) values (?, ?, 'other', true, ?, ?, 0)",
                UUID.randomUUID(), name.toLowerCase(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))) {
            CompletableFuture<Response> create = CompletableFuture.supplyAsync(() -> Api.as(Tokens.operator())
                    .body(Map.of("name", name, "description", "mine")).post("/api/v1/support-topics"));
            other.awaitBlockedWriter(Duration.ofSeconds(15));
            other.commit();
            create.join().then().statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("/topic-name-taken"));
        }
    }
}
