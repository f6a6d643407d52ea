package io.partnerdesk.subscriptions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomersTest {

    @Test
    @DisplayName("a partner creates a customer: 201, Location, ETag, the partner from the token, the domain lower-cased")
    void create() {
        String domain = Fixtures.uniqueDomain().toUpperCase();
        Api.as(Tokens.partner("contoso"))
                .body(Map.of("companyName", "Adatum", "domain", domain, "billingEmail", "ap@adatum.cn"))
                .post("/api/v1/customers")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/customers/"))
                .header("ETag", notNullValue())
                .body("id", notNullValue())
                .body("partnerId", equalTo("contoso"))
                .body("companyName", equalTo("Adatum"))
                .body("domain", equalTo(domain.toLowerCase()))
                .body("createdAt", endsWith("Z"));
    }

    @Test
    @DisplayName("a domain already registered, in any case and by any partner, is 409")
    void duplicateDomain() {
        String domain = Fixtures.uniqueDomain();
        Map<String, Object> body = Map.of("companyName", "Adatum", "domain", domain, "billingEmail", "ap@adatum.cn");
        Api.as(Tokens.partner("contoso")).body(body).post("/api/v1/customers").then().statusCode(201);
        Api.as(Tokens.partner("fabrikam"))
                .body(Map.of("companyName", "Other", "domain", domain.toUpperCase(), "billingEmail", "x@y.cn"))
                .post("/api/v1/customers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/domain-taken"))
                .body("detail", containsString(domain));
    }

    @Test
    @DisplayName("invalid fields are 400 listing each violation by its JSON name")
    void invalid() {
        Api.as(Tokens.partner("contoso"))
                .body(Map.of("companyName", "", "domain", "not a domain", "billingEmail", "nobody"))
                .post("/api/v1/customers")
                .then().statusCode(400)
                .body("violations.field", hasItem("companyName"))
                .body("violations.field", hasItem("domain"))
                .body("violations.field", hasItem("billingEmail"))
                .body("violations", hasSize(3));
    }

    @Test
    @DisplayName("a partnerId or id in the body is refused with 400, never applied")
    void serverOwnedFields() {
        for (String field : new String[]{ "partnerId", "id", "createdAt" }) {
            Api.as(Tokens.partner("contoso"))
                    .body(Map.of("companyName", "Adatum", "domain", Fixtures.uniqueDomain(), "billingEmail", "a@b.cn",
                            field, "fabrikam"))
                    .post("/api/v1/customers")
                    .then().statusCode(400)
                    .body("violations[0].field", equalTo(field))
                    .body("violations[0].message", containsString("set by the server"));
        }
    }

    @Test
    @DisplayName("a partner lists only its own customers; filters by domain and by part of the name")
    void partnerListsOwn() {
        UUID contosos = Fixtures.customer("contoso");
        UUID fabrikams = Fixtures.customer("fabrikam");
        Api.as(Tokens.partner("contoso")).queryParam("limit", 200).get("/api/v1/customers")
                .then().statusCode(200)
                .body("items.partnerId", everyItem(equalTo("contoso")))
                .body("items.id", not(hasItem(fabrikams.toString())));

        String domain = Fixtures.uniqueDomain();
        Api.as(Tokens.partner("contoso"))
                .body(Map.of("companyName", "Northwind 100% Traders", "domain", domain, "billingEmail", "a@b.cn"))
                .post("/api/v1/customers").then().statusCode(201);
        Api.as(Tokens.partner("contoso")).queryParam("domain", domain.toUpperCase()).get("/api/v1/customers")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].domain", equalTo(domain));
        Api.as(Tokens.partner("contoso")).queryParam("name", "wind 100%").get("/api/v1/customers")
                .then().statusCode(200).body("items.companyName", everyItem(containsString("wind 100%")))
                .body("items.domain", hasItem(domain));
        Api.as(Tokens.partner("fabrikam")).queryParam("domain", domain).get("/api/v1/customers")
                .then().statusCode(200).body("items", hasSize(0));
        Api.as(Tokens.partner("contoso")).get("/api/v1/customers/" + contosos).then().statusCode(200);
    }

    @Test
    @DisplayName("a customer lists exactly itself")
    void customerListsItself() {
        Api.as(Tokens.customer(Tokens.TAILSPIN)).get("/api/v1/customers")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(Tokens.TAILSPIN.toString()))
                .body("nextCursor", equalTo(null));
    }

    @Test
    @DisplayName("pages follow one another without gaps or repeats, in creation order")
    void paging() {
        String partner = "pager-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            Fixtures.customer(partner);
        }
        var first = Api.as(Tokens.partner(partner)).queryParam("limit", 2).get("/api/v1/customers")
                .then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        var second = Api.as(Tokens.partner(partner)).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/customers").then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        var third = Api.as(Tokens.partner(partner)).queryParam("limit", 2)
                .queryParam("cursor", second.getString("nextCursor"))
                .get("/api/v1/customers").then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", equalTo(null)).extract().jsonPath();
        var all = new java.util.ArrayList<String>();
        all.addAll(first.getList("items.id"));
        all.addAll(second.getList("items.id"));
        all.addAll(third.getList("items.id"));
        org.assertj.core.api.Assertions.assertThat(all).doesNotHaveDuplicates().hasSize(5);
        var all2 = Api.as(Tokens.partner(partner)).get("/api/v1/customers").then().extract().jsonPath()
                .getList("items.id");
        org.assertj.core.api.Assertions.assertThat(all2).containsExactlyElementsOf(all);
    }

    @Test
    @DisplayName("limit above 200, below 1 or not a number, and a foreign cursor, are 400")
    void badPaging() {
        for (String limit : new String[]{ "201", "0", "many" }) {
            Api.as(Tokens.partner("contoso")).queryParam("limit", limit).get("/api/v1/customers")
                    .then().statusCode(400).body("violations[0].field", equalTo("limit"));
        }
        Api.as(Tokens.partner("contoso")).queryParam("cursor", "garbage").get("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("cursor"));
    }

    @Test
    @DisplayName("a partner token without partner_id is refused with 403 explaining the missing claim")
    void partnerWithoutClaim() {
        String token = Tokens.claims("broken-integration", "partner").jws()
                .keyId(io.partnerdesk.testing.TestKeys.KEY_ID).sign(io.partnerdesk.testing.TestKeys.signingKey());
        Api.as(token).get("/api/v1/customers").then().statusCode(403).body("detail", containsString("partner_id"));
    }
}
