package io.partnerdesk.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.partnerdesk.client.subscriptions.ApiClient;
import io.partnerdesk.client.subscriptions.model.Subscription;
import io.partnerdesk.client.subscriptions.model.SubscriptionStatus;

/** What the generated part must do for partners whatever the suite adds later. */
class GeneratedModelTest {

    @Test
    void anEnumValueAddedAfterTheClientWasBuiltReadsAsUnknownInsteadOfFailingTheAnswer() throws Exception {
        Subscription subscription = ApiClient.createDefaultObjectMapper().readValue(
                "{\"id\":\"0b6f1f4e-8c1d-4f0e-9a51-3f1c9b0e8a7d\",\"status\":\"expired\",\"quantity\":3}",
                Subscription.class);

        assertThat(subscription.getStatus()).isEqualTo(SubscriptionStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(subscription.getQuantity()).isEqualTo(3);
    }

    @Test
    void pagesAreFetchedLazilyUntilTheLastOne() {
        Map<String, List<Object>> pages = Map.of("", List.of("a", "b"), "c1", List.of("c"), "c2", List.of("d"));
        Map<String, String> next = Map.of("", "c1", "c1", "c2");
        AtomicInteger fetched = new AtomicInteger();

        var stream = Pages.stream(cursor -> {
            fetched.incrementAndGet();
            return cursor == null ? "" : cursor;
        }, pages::get, next::get);

        assertThat(fetched).hasValue(0);
        assertThat(stream.limit(3).toList()).containsExactly("a", "b", "c");
        assertThat(fetched).hasValue(2);
    }

    @Test
    void theProblemOfAnErrorBodyIsRead() {
        var problem = ProblemDetail
                .parse("{\"type\":\"https://partnerdesk.io/problems/forbidden\",\"title\":\"Forbidden\","
                        + "\"status\":403,\"detail\":\"customers read subscriptions and never change them\","
                        + "\"requestId\":\"r-1\",\"somethingNew\":1}");

        assertThat(problem).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(403);
            assertThat(p.detail()).contains("never change");
            assertThat(p.requestId()).isEqualTo("r-1");
        });
        assertThat(ProblemDetail.parse("<html>Bad gateway</html>")).isEmpty();
        assertThat(ETags.of(Map.of("etag", List.of("\"3\"")))).hasValue("\"3\"");
    }
}
