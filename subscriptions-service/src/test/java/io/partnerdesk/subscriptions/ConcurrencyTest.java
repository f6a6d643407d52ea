package io.partnerdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ConcurrencyTest {

    @Test
    @DisplayName("10 parallel PATCHes with the same If-Match: exactly one 200, nine 412, and the final state is the winner's")
    void oneWriterWins() throws Exception {
        String partner = Tokens.partner("contoso");
        UUID customerId = Fixtures.customer("contoso");
        UUID subscriptionId = Fixtures.subscription(customerId);
        String path = Fixtures.subscriptionPath(customerId, subscriptionId);
        String etag = Fixtures.etag(partner, path);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                int quantity = 100 + i;
                Callable<Response> patch = () -> {
                    start.await();
                    return Api.as(partner).header("If-Match", etag).body(Map.of("quantity", quantity)).patch(path);
                };
                answers.add(pool.submit(patch));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            Integer winner = null;
            for (Future<Response> answer : answers) {
                Response response = answer.get(30, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 200) {
                    winner = response.path("quantity");
                }
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 412).hasSize(9);
            assertThat(Api.as(partner).get(path).<Integer> path("quantity")).isEqualTo(winner);
            // One change recorded: the winner's, after the creation entry.
            assertThat(Api.as(partner).get(path + "/history").jsonPath().getList("items")).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
