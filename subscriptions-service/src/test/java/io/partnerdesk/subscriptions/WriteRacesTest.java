package io.partnerdesk.subscriptions;

import static org.hamcrest.Matchers.endsWith;

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
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Two callers writing the same unique value at once. The interleaving is forced (HeldWrite): the other caller's row is
 * written but not yet committed when this call checks, so the check passes and the unique index decides.
 */
@QuarkusTest
class WriteRacesTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    DataSource dataSource;

    @Test
    @DisplayName("the same new domain registered by two partners at once: the loser gets 409 domain-taken, not 500")
    void domainRace() {
        String domain = "race-" + UUID.randomUUID() + ".cn";
        Instant now = Instant.now();
        try (HeldWrite fabrikam = HeldWrite.begin(dataSource,
                "insert into customers (id, partner_id, company_name, domain,"
                        + " billing_email, created_at, updated_at, version) values (?, 'fabrikam', 'Racer', ?, 'a@b.cn', ?, ?, 0)",
                UUID.randomUUID(), domain, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))) {
            CompletableFuture<Response> contoso = CompletableFuture.supplyAsync(() -> Api.as(Tokens.partner("contoso"))
                    .body(Map.of("companyName", "Adatum", "domain", domain, "billingEmail", "it@adatum.cn"))
                    .post("/api/v1/customers"));
            fabrikam.awaitBlockedWriter(WAIT);
            fabrikam.commit();
            contoso.join().then().statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("/domain-taken"));
        }
    }

    @Test
    @DisplayName("two operators creating offers of the same name (any case) at once: the loser gets 409 offer-name-taken")
    void offerNameRace() {
        String name = "Race offer " + UUID.randomUUID();
        Instant now = Instant.now();
        try (HeldWrite other = HeldWrite.begin(dataSource,
                "insert into offers (id, name, product, unit_type, billing_cycles,"
                        + " min_quantity, max_quantity, trial_allowed, created_at, updated_at, version)"
                        + " values (?, ?, 'Teams', 'LICENSES', 'MONTHLY', 1, 5, false, ?, ?, 0)",
                UUID.randomUUID(), name.toUpperCase(), java.sql.Timestamp.from(now), java.sql.Timestamp.from(now))) {
            CompletableFuture<Response> create = CompletableFuture.supplyAsync(() -> Api.as(Tokens.operator())
                    .body(Map.of("name", name, "product", "Teams", "unitType", "licenses", "billingCycles",
                            List.of("monthly"), "minQuantity", 1, "maxQuantity", 5, "trialAllowed", false))
                    .post("/api/v1/offers"));
            other.awaitBlockedWriter(WAIT);
            other.commit();
            create.join().then().statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("/offer-name-taken"));
        }
    }

    @Test
    @DisplayName("two change requests filed at once for one subscription: one is filed, the other is 409 change-request-pending")
    void twoChangeRequestsAtOnce() {
        UUID customer = Fixtures.customer(Fixtures.OWNER);
        UUID subscription = Fixtures.subscription(customer);
        String requests = Fixtures.subscriptionPath(customer, subscription) + "/change-requests";
        // The subscription's row held: both filings wait on it, then go one after the other.
        try (HeldWrite hold = HeldWrite.begin(dataSource,
                "update subscriptions set updated_at = updated_at where id = ?",
                subscription)) {
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> Api.as(Tokens.customer(customer))
                    .body(Map.of("quantity", 11, "reason", "One more")).post(requests));
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> Api.as(Tokens.customer(customer))
                    .body(Map.of("quantity", 12, "reason", "Two more")).post(requests));
            hold.awaitBlockedWriter(WAIT);
            hold.commit();
            List<Integer> statuses = List.of(first.join().statusCode(), second.join().statusCode());
            org.assertj.core.api.Assertions.assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            (statuses.get(0) == 409 ? first : second).join().then().body("type", endsWith("/change-request-pending"));
        }
        Api.as(Tokens.partner(Fixtures.OWNER)).queryParam("subscriptionId", subscription.toString())
                .queryParam("status", "pending").get("/api/v1/change-requests").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    @DisplayName("the partner approves while the customer withdraws: one wins, the other is refused, the subscription agrees")
    void approveAgainstWithdraw() {
        UUID customer = Fixtures.customer(Fixtures.OWNER);
        UUID subscription = Fixtures.subscription(customer);
        UUID id = Fixtures.changeRequest(customer, subscription, new java.util.HashMap<>(Map.of("quantity", 14,
                "reason", "Four more")));
        String path = "/api/v1/change-requests/" + id;
        String etag = Fixtures.etag(Tokens.partner(Fixtures.OWNER), path);
        try (HeldWrite hold = HeldWrite.begin(dataSource,
                "update change_requests set updated_at = updated_at where id = ?",
                id)) {
            CompletableFuture<Response> approve = CompletableFuture
                    .supplyAsync(() -> Api.as(Tokens.partner(Fixtures.OWNER))
                            .header("If-Match", etag).body(Map.of()).post(path + "/approve"));
            CompletableFuture<Response> withdraw = CompletableFuture.supplyAsync(() -> Api.as(Tokens.customer(customer))
                    .header("If-Match", etag).body(Map.of()).post(path + "/withdraw"));
            hold.awaitBlockedWriter(WAIT);
            hold.commit();
            int approved = approve.join().statusCode();
            int withdrawn = withdraw.join().statusCode();
            org.assertj.core.api.Assertions.assertThat(List.of(approved, withdrawn)).as("approve, withdraw")
                    .containsOnlyOnce(200).allMatch(status -> status == 200 || status == 409 || status == 412);
            String status = approved == 200 ? "approved" : "withdrawn";
            Api.as(Tokens.partner(Fixtures.OWNER)).get(path).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo(status));
            Api.as(Tokens.partner(Fixtures.OWNER)).get(Fixtures.subscriptionPath(customer, subscription)).then()
                    .body("quantity", org.hamcrest.Matchers.equalTo(approved == 200 ? 14 : 10));
        }
    }
}
