package io.partnerdesk.subscriptions;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.partnerdesk.testing.conventions.HttpConventionsKit;
import io.quarkus.test.junit.QuarkusTest;

/** The shared HTTP conventions as a client meets them on this service (the kit), and this service's own. */
@QuarkusTest
class HttpConventionsTest extends HttpConventionsKit {

    private static final String PARTNER = Tokens.partner("contoso");

    @Override
    protected String readablePath() {
        return "/api/v1/customers";
    }

    @Override
    protected String reader() {
        return PARTNER;
    }

    @Override
    protected String roleNotAdmitted() {
        return Tokens.engineer();
    }

    @Override
    protected String collectionWithoutDelete() {
        return "/api/v1/offers";
    }

    @Override
    protected String creatingPath() {
        return "/api/v1/customers";
    }

    @Override
    protected String creator() {
        return PARTNER;
    }

    @Override
    protected Map<String, Object> newResource(String name) {
        return Map.of("companyName", name, "domain", Fixtures.uniqueDomain(), "billingEmail", "a@b.cn");
    }

    @Test
    @DisplayName("behind the gateway, Location names the host the gateway was called on (X-Forwarded-Host/Proto)")
    void location() {
        Api.as(PARTNER).header("X-Forwarded-Host", "api.partnerdesk.example").header("X-Forwarded-Proto", "https")
                .body(Map.of("companyName", "Adatum", "domain", Fixtures.uniqueDomain(), "billingEmail", "a@b.cn"))
                .post("/api/v1/customers")
                .then().statusCode(201)
                .header("Location",
                        org.hamcrest.Matchers.startsWith("https://api.partnerdesk.example/api/v1/customers/"));
    }

    @Test
    @DisplayName("a value of the wrong type names its field")
    void wrongTypeNamesField() {
        UUID customer = Fixtures.customer("contoso");
        Api.as(PARTNER).body(Map.of("offerId", Fixtures.OFFICE_365_E3.toString(), "quantity", "ten",
                "billingCycle", "annual", "autoRenewEnabled", true, "friendlyName", "x"))
                .post(Fixtures.subscriptionsPath(customer))
                .then().statusCode(400).body("violations[0].field", equalTo("quantity"));
        Api.as(PARTNER).body(Map.of("offerId", "not-a-uuid", "quantity", 1,
                "billingCycle", "annual", "autoRenewEnabled", true, "friendlyName", "x"))
                .post(Fixtures.subscriptionsPath(customer))
                .then().statusCode(400).body("violations[0].field", equalTo("offerId"));
    }
}
