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
        try (HeldWrite fabrikam = HeldWrite.begin(dataSource, "insert into customers (id, partner_id, company_name, domain,"
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
        try (HeldWrite other = HeldWrite.begin(dataSource, "insert into offers (id, name, product, unit_type, billing_cycles,"
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
}
