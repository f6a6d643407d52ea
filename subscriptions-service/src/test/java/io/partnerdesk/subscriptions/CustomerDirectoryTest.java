package io.partnerdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The tenant directory other services read with their service token: every customer, or one partner's. */
@QuarkusTest
class CustomerDirectoryTest {

    private static final String PATH = "/internal/v1/customers";

    @Test
    @DisplayName("the service role pages through every customer, or one partner's with partnerId")
    void listsCustomers() {
        UUID contosos = Fixtures.customer(Fixtures.OWNER);
        UUID fabrikams = Fixtures.customer(Fixtures.OTHER_PARTNER);
        List<Map<String, Object>> all = Api.allItems(Tokens.service(), PATH);
        assertThat(all).extracting(c -> c.get("id")).contains(contosos.toString(), fabrikams.toString());
        assertThat(all).filteredOn(c -> c.get("id").equals(contosos.toString())).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("partnerId", "contoso").containsKey("companyName"));
        List<Map<String, Object>> contoso = Api.allItems(Tokens.service(), PATH,
                r -> r.queryParam("partnerId", "contoso"));
        assertThat(contoso).extracting(c -> c.get("id")).contains(contosos.toString())
                .doesNotContain(fabrikams.toString());
        Api.as(Tokens.service()).queryParam("partnerId", "contoso").queryParam("limit", 1).get(PATH).then()
                .statusCode(200).body("items", hasSize(1)).body("items.partnerId", everyItem(equalTo("contoso")));
    }

    @Test
    @DisplayName("partners, customers, engineers and operators are refused (403); without a token 401; a long partnerId 400")
    void serviceOnly() {
        for (String token : List.of(Tokens.partner("contoso"), Tokens.customer(Tokens.TAILSPIN), Tokens.engineer(),
                Tokens.operator())) {
            Api.as(token).get(PATH).then().statusCode(403);
        }
        Api.anonymous().get(PATH).then().statusCode(401);
        Api.as(Tokens.service()).queryParam("partnerId", "x".repeat(101)).get(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("partnerId"));
    }
}
