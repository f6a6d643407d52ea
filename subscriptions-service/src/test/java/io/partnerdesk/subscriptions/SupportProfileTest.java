package io.partnerdesk.subscriptions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The partner's support profile, the customer's support contact, the 403 that names it, and GET /api/v1/me. */
@QuarkusTest
class SupportProfileTest {

    private static final String PROFILE = "/api/v1/partners/me/support-profile";

    static Map<String, Object> profile(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("email", "support@example.com");
        body.put("phone", "+86 10 5555 0199");
        body.put("website", "https://support.example.com");
        body.put("hours", Map.of("timeZone", "Asia/Shanghai", "days", List.of("monday", "tuesday", "friday"),
                "from", "09:00", "to", "18:00"));
        body.put("languages", List.of("zh-CN", "en"));
        body.put("responseTarget", "PT4H");
        return body;
    }

    static String partner() {
        return "sp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Nested
    @DisplayName("partner's support profile")
    class Profile {

        @Test
        @DisplayName("404 until set; the first PUT is 201 with an ETag; a replacement needs If-Match (428, 412)")
        void lifecycle() {
            String token = Tokens.partner(partner());
            Api.as(token).get(PROFILE).then().statusCode(404);
            String etag = Api.as(token).body(profile("First Support")).put(PROFILE).then().statusCode(201)
                    .header("ETag", notNullValue()).body("displayName", equalTo("First Support"))
                    .body("hours.days", equalTo(List.of("monday", "tuesday", "friday")))
                    .body("responseTarget", equalTo("PT4H")).extract().header("ETag");
            Api.as(token).get(PROFILE).then().statusCode(200).header("ETag", equalTo(etag))
                    .body("languages", equalTo(List.of("zh-CN", "en")));
            Api.as(token).body(profile("Second")).put(PROFILE).then().statusCode(428);
            Map<String, Object> changed = profile("Second Support");
            changed.put("responseTarget", "P1D");
            changed.put("hours", Map.of("timeZone", "Europe/Berlin", "days", List.of("sunday"), "from", "22:00",
                    "to", "06:00"));
            String next = Api.as(token).header("If-Match", etag).body(changed).put(PROFILE).then().statusCode(200)
                    .body("responseTarget", equalTo("PT24H")).body("hours.from", equalTo("22:00"))
                    .body("hours.days", equalTo(List.of("sunday"))).extract().header("ETag");
            Api.as(token).header("If-Match", etag).body(profile("Third")).put(PROFILE).then().statusCode(412);
            Api.as(token).get(PROFILE).then().header("ETag", equalTo(next)).body("displayName",
                    equalTo("Second Support"));
        }

        @Test
        @DisplayName("only partners have one: customers, engineers and operators get 403, anonymous 401")
        void roles() {
            Api.as(Tokens.customer(UUID.randomUUID())).body(profile("X")).put(PROFILE).then().statusCode(403);
            Api.as(Tokens.engineer()).get(PROFILE).then().statusCode(403);
            Api.as(Tokens.operator()).body(profile("X")).put(PROFILE).then().statusCode(403);
            Api.anonymous().get(PROFILE).then().statusCode(401);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "hours.timeZone|Mars/Olympus_Mons", "responseTarget|PT1M", "responseTarget|P30D",
                "responseTarget|soon", "responseTarget|PT4H30.5S", "hours.from|25:00",
                "website|http://support.example.com",
                "email|not-an-email", "phone|call me", "languages[0]|english please" })
        @DisplayName("a bad zone, target, time, URL, email, phone or language is 400 naming the field")
        void badInput(String field, String value) {
            Map<String, Object> body = profile("Bad");
            if (field.startsWith("hours.")) {
                Map<String, Object> hours = new HashMap<>(Map.of("timeZone", "Asia/Shanghai", "days",
                        List.of("monday"), "from", "09:00", "to", "18:00"));
                hours.put(field.substring("hours.".length()), value);
                body.put("hours", hours);
            } else if (field.startsWith("languages")) {
                body.put("languages", List.of(value));
            } else {
                body.put(field, value);
            }
            Api.as(Tokens.partner(partner())).body(body).put(PROFILE).then().statusCode(400)
                    .body("violations.field", hasItem(field));
        }

        @Test
        @DisplayName("no days, an unknown day, a server-owned field or a control character is 400")
        void badShapes() {
            String token = Tokens.partner(partner());
            Map<String, Object> body = profile("Bad");
            body.put("hours", Map.of("timeZone", "Asia/Shanghai", "days", List.of(), "from", "09:00", "to", "18:00"));
            Api.as(token).body(body).put(PROFILE).then().statusCode(400);
            body.put("hours", Map.of("timeZone", "Asia/Shanghai", "days", List.of("funday"), "from", "09:00", "to",
                    "18:00"));
            Api.as(token).body(body).put(PROFILE).then().statusCode(400);
            Map<String, Object> owned = profile("Bad");
            owned.put("partnerId", "fabrikam");
            Api.as(token).body(owned).put(PROFILE).then().statusCode(400);
            Api.as(token).body(profile("Bad\u0007name")).put(PROFILE).then().statusCode(400);
            Api.as(token).get(PROFILE).then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("the customer's support contact")
    class Contact {

        @Test
        @DisplayName("the customer and its partner read it; another partner or tenant gets 404")
        void contact() {
            String partnerId = partner();
            UUID customer = Fixtures.customer(partnerId);
            String path = "/api/v1/customers/" + customer + "/support-contact";
            Api.as(Tokens.customer(customer)).get(path).then().statusCode(200)
                    .body("partnerId", equalTo(partnerId)).body("supportProfile", nullValue());
            Api.as(Tokens.partner(partnerId)).body(profile("Own Support")).put(PROFILE).then().statusCode(201);
            Api.as(Tokens.customer(customer)).get(path).then().statusCode(200)
                    .body("companyName", equalTo("Test Co"))
                    .body("supportProfile.displayName", equalTo("Own Support"))
                    .body("supportProfile.hours.timeZone", equalTo("Asia/Shanghai"));
            Api.as(Tokens.partner(partnerId)).get(path).then().statusCode(200);
            Api.as(Tokens.partner(partner())).get(path).then().statusCode(404);
            Api.as(Tokens.customer(UUID.randomUUID())).get(path).then().statusCode(404);
            Api.as(Tokens.engineer()).get(path).then().statusCode(403);
        }

        @Test
        @DisplayName("a customer refused a subscription change is told its partner's contact, by name and as supportContact")
        void forbiddenNamesContact() {
            UUID customer = Fixtures.customer(Fixtures.OWNER);
            UUID subscription = Fixtures.subscription(customer);
            Fixtures.patch(Tokens.customer(customer), customer, subscription, Map.of("quantity", 30)).then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", containsString("subscription-read-only"))
                    .body("detail", containsString("Only your partner can change subscriptions"))
                    .body("detail", containsString("Contoso Cloud Support (support@contoso.example"))
                    .body("supportContact.partnerId", equalTo("contoso"))
                    .body("supportContact.customerId", equalTo(customer.toString()))
                    .body("supportContact.supportProfile.email", equalTo("support@contoso.example"))
                    .body("requestId", notNullValue());
            // A partner without a profile: still told to ask its partner, with what is known.
            String bare = partner();
            UUID other = Fixtures.customer(bare);
            Api.as(Tokens.customer(other)).body(Fixtures.newSubscription(5)).post(Fixtures.subscriptionsPath(other))
                    .then().statusCode(403)
                    .body("detail", containsString("Ask your partner, or file a change request"))
                    .body("supportContact.partnerId", equalTo(bare))
                    .body("supportContact.supportProfile", nullValue());
        }
    }

    @Nested
    @DisplayName("GET /api/v1/me")
    class Me {

        @Test
        @DisplayName("a partner: its id, display name and partner capabilities, never a customer's")
        void partnerCaller() {
            Api.as(Tokens.partner("contoso")).get("/api/v1/me").then().statusCode(200)
                    .body("roles", equalTo(List.of("partner")))
                    .body("partner.partnerId", equalTo("contoso"))
                    .body("partner.displayName", equalTo("Contoso Cloud Support"))
                    .body("tenant", nullValue())
                    .body("capabilities", hasItem("subscriptions:update"))
                    .body("capabilities", hasItem("webhooks:manage"))
                    .body("capabilities", not(hasItem("change-requests:create")));
        }

        @Test
        @DisplayName("a customer: its tenant, company and partner, and customer capabilities only")
        void customerCaller() {
            UUID customer = Fixtures.customer(Fixtures.OWNER);
            Api.as(Tokens.customer(customer)).get("/api/v1/me").then().statusCode(200)
                    .body("roles", equalTo(List.of("customer")))
                    .body("tenant.tenantId", equalTo(customer.toString()))
                    .body("tenant.companyName", equalTo("Test Co"))
                    .body("tenant.partnerId", equalTo("contoso"))
                    .body("partner", nullValue())
                    .body("capabilities", hasItem("change-requests:create"))
                    .body("capabilities", not(hasItem("subscriptions:update")));
            UUID unknown = UUID.randomUUID();
            Api.as(Tokens.customer(unknown)).get("/api/v1/me").then().statusCode(200)
                    .body("tenant.tenantId", equalTo(unknown.toString())).body("tenant.companyName", nullValue());
        }

        @Test
        @DisplayName("staff and services see their own capabilities; anonymous is 401")
        void staff() {
            Api.as(Tokens.engineer()).get("/api/v1/me").then().statusCode(200)
                    .body("capabilities", hasItem("support-requests:triage"))
                    .body("capabilities", not(hasItem("offers:manage")));
            Api.as(Tokens.operator()).get("/api/v1/me").then().statusCode(200)
                    .body("capabilities", hasItem("messages:publish"));
            Api.as(Tokens.service()).get("/api/v1/me").then().statusCode(200)
                    .body("capabilities", equalTo(List.of("events:deliver")));
            Api.anonymous().get("/api/v1/me").then().statusCode(401);
        }
    }
}
