package io.partnerdesk.messagecenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.HeldWrite;
import io.partnerdesk.testing.Tokens;
import io.partnerdesk.testing.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Webhooks against a real receiving server on 127.0.0.1 (allow-listed in the test profile, with retries within
 * seconds): registration and ownership, SSRF refusals, signed delivery, order, retries, 410, redirects, rotation,
 * test, redelivery and replay.
 */
@QuarkusTest
class WebhooksTest {

    private static WebhookReceiver receiver;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    /** A webhook registered by {@code token}, with its id, secret and receiving path. */
    record Registered(String id, String secret, String path, String etag) {
    }

    static Registered register(String token, List<String> types, List<UUID> customers) {
        String path = "/hook-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("url", receiver.url(path));
        body.put("eventTypes", types);
        if (customers != null) {
            body.put("customerIds", customers);
        }
        body.put("description", "Ticket sync");
        ExtractableResponse<Response> created = Api.as(token).body(body).post("/api/v1/webhooks").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/webhooks/"))
                .body("secret", startsWith("whsec_"))
                .body("webhook.url", equalTo(receiver.url(path)))
                .body("webhook.enabled", equalTo(true))
                .extract();
        return new Registered(created.path("webhook.id"), created.path("secret"), path, created.header("ETag"));
    }

    static Map<String, Object> event(String type, String partner, UUID tenant, String subjectId,
            Map<String, Object> data) {
        Map<String, Object> event = new HashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("occurredAt", Instant.now().toString());
        event.put("partnerId", partner);
        event.put("tenantId", tenant.toString());
        event.put("subject", Map.of("kind", type.substring(0, type.indexOf('.')), "id", subjectId));
        event.put("data", data);
        return event;
    }

    static Map<String, Object> quantityChanged(String partner, UUID tenant, String subscriptionId, int from, int to) {
        return event("subscription.changed", partner, tenant, subscriptionId, Map.of("offerName", "Office 365 E3",
                "field", "quantity", "oldValue", String.valueOf(from), "newValue", String.valueOf(to)));
    }

    static void deliver(Map<String, Object> event) {
        Api.as(Tokens.service()).body(event).post("/internal/v1/events").then().statusCode(201);
    }

    static List<WebhookReceiver.Received> awaitReceived(String path, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received(path).size() >= count);
        return receiver.received(path);
    }

    /** Verifies the delivery with the Standard Webhooks library, as a receiver would; throws when it does not verify. */
    static void verify(String secret, WebhookReceiver.Received r) throws WebhookVerificationException {
        new Webhook(secret).verify(r.body(), r.headers());
    }

    static String partner() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Nested
    @DisplayName("registration and ownership")
    class Registration {

        @Test
        @DisplayName("a partner registers; the secret is shown once; another partner or a customer gets 404")
        void partnerOwnsIt() {
            String contoso = partner();
            Registered hook = register(Tokens.partner(contoso), List.of("subscription.changed"), null);
            Api.as(Tokens.partner(contoso)).get("/api/v1/webhooks/" + hook.id()).then().statusCode(200)
                    .header("ETag", notNullValue())
                    .body("partnerId", equalTo(contoso))
                    .body("eventTypes", equalTo(List.of("subscription.changed")))
                    .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
            Api.as(Tokens.partner(contoso)).get("/api/v1/webhooks").then().statusCode(200)
                    .body("items.id", equalTo(List.of(hook.id())));
            Api.as(Tokens.partner(partner())).get("/api/v1/webhooks/" + hook.id()).then().statusCode(404);
            Api.as(Tokens.partner(partner())).get("/api/v1/webhooks").then().statusCode(200)
                    .body("items", hasSize(0));
            Api.as(Tokens.customer(UUID.randomUUID())).get("/api/v1/webhooks/" + hook.id()).then().statusCode(404);
            Api.as(Tokens.partner(partner())).header("If-Match", hook.etag()).delete("/api/v1/webhooks/" + hook.id())
                    .then().statusCode(404);
        }

        @Test
        @DisplayName("engineers and operators cannot register webhooks: 403")
        void staffRefused() {
            Map<String, Object> body = Map.of("url", receiver.url("/x"), "eventTypes", List.of("message.published"));
            Api.as(Tokens.engineer()).body(body).post("/api/v1/webhooks").then().statusCode(403);
            Api.as(Tokens.operator()).body(body).post("/api/v1/webhooks").then().statusCode(403);
            Api.anonymous().body(body).post("/api/v1/webhooks").then().statusCode(401);
        }

        @Test
        @DisplayName("a customer registers for its own tenant; naming customers is refused")
        void customerOwnTenant() {
            UUID tenant = UUID.randomUUID();
            Registered hook = register(Tokens.customer(tenant), List.of("subscription.changed"), null);
            Api.as(Tokens.customer(tenant)).get("/api/v1/webhooks/" + hook.id()).then().statusCode(200)
                    .body("tenantId", equalTo(tenant.toString())).body("partnerId", nullValue());
            Api.as(Tokens.customer(tenant))
                    .body(Map.of("url", receiver.url("/x"), "eventTypes", List.of("subscription.changed"),
                            "customerIds", List.of(UUID.randomUUID())))
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .body("violations[0].field", equalTo("customerIds"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "http://[::1]:9/hook", "http://10.0.0.1/hook",
                "http://169.254.169.254/latest/meta-data",
                "https://[fd00:ec2::254]/", "http://192.168.0.10/", "ftp://127.0.0.1/", "http://u:p@127.0.0.1/" })
        @DisplayName("loopback outside the allowed range, private and metadata addresses, other schemes: 422 on url")
        void ssrfRefused(String url) {
            Api.as(Tokens.partner(partner()))
                    .body(Map.of("url", url, "eventTypes", List.of("subscription.changed")))
                    .post("/api/v1/webhooks").then().statusCode(422)
                    .body("violations[0].field", equalTo("url"));
        }

        @Test
        @DisplayName("an unknown event type, a control character or an over-long URL is 400")
        void badInput() {
            String token = Tokens.partner(partner());
            Api.as(token).body(Map.of("url", receiver.url("/x"), "eventTypes", List.of("subscription.exploded")))
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .body("violations[0].field", equalTo("eventTypes[0]"));
            Api.as(token).body(Map.of("url", receiver.url("/x\u0007"), "eventTypes", List.of("subscription.changed")))
                    .post("/api/v1/webhooks").then().statusCode(400);
            Api.as(token).body(Map.of("url", receiver.url("/" + "x".repeat(2100)), "eventTypes",
                    List.of("subscription.changed"))).post("/api/v1/webhooks").then().statusCode(400);
            Api.as(token).body(Map.of("url", receiver.url("/x"), "eventTypes", List.of())).post("/api/v1/webhooks")
                    .then().statusCode(400);
        }

        @Test
        @DisplayName("a registration racing another for the last free place waits for it, then gets 409: never 21")
        void limitHoldsUnderRaces() {
            String partnerId = partner();
            String token = Tokens.partner(partnerId);
            for (int i = 0; i < 19; i++) {
                register(token, List.of("subscription.changed"), null);
            }
            // The other registration, forced to interleave: it holds the owner's lock and its row is not committed.
            try (HeldWrite other = HeldWrite.begin(dataSource, """
                    with held as (select pg_advisory_xact_lock(hashtext(?)))
                    insert into webhooks (id, owner_kind, partner_id, url, enabled, secret, created_by, created_at,
                        updated_at)
                    select ?, 'PARTNER', ?, ?, true, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'race', now(), now()
                    from held""", "webhooks:" + partnerId, UUID.randomUUID(), partnerId, receiver.url("/race"))) {
                var call = java.util.concurrent.CompletableFuture.supplyAsync(() -> Api.as(token)
                        .body(Map.of("url", receiver.url("/race"), "eventTypes", List.of("subscription.changed")))
                        .post("/api/v1/webhooks"));
                other.awaitBlockedWriter(Duration.ofSeconds(10));
                other.commit();
                call.join().then().statusCode(409).body("type", containsString("webhook-limit"));
            }
            Api.as(token).queryParam("limit", 200).get("/api/v1/webhooks").then().statusCode(200)
                    .body("items", hasSize(20));
        }

        @Test
        @DisplayName("PATCH needs If-Match; a stale one is 412; a refused URL is 422 and changes nothing")
        void patch() {
            String contoso = partner();
            Registered hook = register(Tokens.partner(contoso), List.of("subscription.changed"), null);
            Api.as(Tokens.partner(contoso)).body(Map.of("enabled", false)).patch("/api/v1/webhooks/" + hook.id())
                    .then().statusCode(428);
            String etag = Api.as(Tokens.partner(contoso)).header("If-Match", hook.etag())
                    .body(Map.of("enabled", false, "eventTypes", List.of("subscription.created")))
                    .patch("/api/v1/webhooks/" + hook.id()).then().statusCode(200)
                    .body("enabled", equalTo(false)).body("eventTypes", equalTo(List.of("subscription.created")))
                    .extract().header("ETag");
            Api.as(Tokens.partner(contoso)).header("If-Match", hook.etag()).body(Map.of("enabled", true))
                    .patch("/api/v1/webhooks/" + hook.id()).then().statusCode(412);
            Api.as(Tokens.partner(contoso)).header("If-Match", etag).body(Map.of("url", "https://10.0.0.1/"))
                    .patch("/api/v1/webhooks/" + hook.id()).then().statusCode(422);
            Api.as(Tokens.partner(contoso)).get("/api/v1/webhooks/" + hook.id()).then()
                    .body("url", equalTo(receiver.url(hook.path())));
            Api.as(Tokens.partner(contoso)).header("If-Match", etag).delete("/api/v1/webhooks/" + hook.id()).then()
                    .statusCode(204);
            Api.as(Tokens.partner(contoso)).get("/api/v1/webhooks/" + hook.id()).then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("delivery")
    class Delivery {

        @Test
        @DisplayName("events arrive signed per Standard Webhooks, in order per subject; another partner's never")
        void signedAndOrdered() throws Exception {
            String contoso = partner();
            UUID tenant = UUID.randomUUID();
            Registered hook = register(Tokens.partner(contoso), List.of("subscription.changed"), null);
            String subscription = UUID.randomUUID().toString();
            // The receiver fails the first two tries: the later events of the subject must wait behind the first.
            receiver.answer(hook.path(), 500, 503);
            for (int i = 1; i <= 4; i++) {
                deliver(quantityChanged(contoso, tenant, subscription, i, i + 1));
            }
            deliver(quantityChanged(partner(), UUID.randomUUID(), UUID.randomUUID().toString(), 1, 2));
            List<WebhookReceiver.Received> got = awaitReceived(hook.path(), 6);
            await().atMost(Duration.ofSeconds(10)).until(() -> Api.as(Tokens.partner(contoso))
                    .queryParam("status", "succeeded").get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                    .then().extract().jsonPath().getList("items").size() == 4);
            got = receiver.received(hook.path());
            for (WebhookReceiver.Received r : got) {
                verify(hook.secret(), r);
                assertThat(r.header("webhook-signature")).startsWith("v1,");
            }
            List<String> newValues = got.stream().skip(2).map(r -> JsonPath.from(r.body())
                    .getString("data.details.newValue")).toList();
            assertThat(newValues).containsExactly("2", "3", "4", "5");
            assertThat(got.get(0).header("webhook-id")).isEqualTo(got.get(2).header("webhook-id"));
            JsonPath first = JsonPath.from(got.get(2).body());
            assertThat(first.getString("type")).isEqualTo("subscription.changed");
            assertThat(first.getString("data.subject.type")).isEqualTo("subscription");
            assertThat(first.getString("data.subject.id")).isEqualTo(subscription);
            assertThat(first.getString("data.subject.displayName")).isEqualTo("Office 365 E3");
            assertThat(first.getString("data.partnerId")).isEqualTo(contoso);
            assertThat(first.getString("data.customerId")).isEqualTo(tenant.toString());
            // A tampered body does not verify: the check above can fail.
            WebhookReceiver.Received r = got.get(2);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> verify(hook.secret(),
                    new WebhookReceiver.Received(r.headers(), r.body().replace("Office", "0ffice"), r.at())))
                    .isInstanceOf(WebhookVerificationException.class);

            JsonPath log = Api.as(Tokens.partner(contoso)).queryParam("limit", 10)
                    .get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = log.getList("items");
            Map<String, Object> oldest = items.get(items.size() - 1);
            assertThat(oldest.get("state")).isEqualTo("succeeded");
            assertThat((List<?>) oldest.get("attempts")).hasSize(3);
            assertThat(log.getList("items[-1].attempts.statusCode")).containsExactly(500, 503, 200);
        }

        @Test
        @DisplayName("a slow receiver holds up no other webhook: the other's delivery arrives while the slow queue waits")
        void slowReceiverDelaysNoOne() {
            String slowPartner = partner();
            String quickPartner = partner();
            Registered slow = register(Tokens.partner(slowPartner), List.of("subscription.changed"), null);
            Registered quick = register(Tokens.partner(quickPartner), List.of("subscription.changed"), null);
            receiver.slow(slow.path(), Duration.ofMillis(1500));
            for (int i = 0; i < 12; i++) {
                deliver(quantityChanged(slowPartner, UUID.randomUUID(), UUID.randomUUID().toString(), 1, 2));
            }
            deliver(quantityChanged(quickPartner, UUID.randomUUID(), UUID.randomUUID().toString(), 1, 2));
            awaitReceived(quick.path(), 1);
            // At most 4 of the slow webhook's deliveries are in flight at once: 12 take three rounds of 1.5 s.
            assertThat(receiver.received(slow.path()).size()).isLessThanOrEqualTo(8);
            awaitReceived(slow.path(), 12);
        }

        @Test
        @DisplayName("410 Gone disables the webhook and tells its owner in the Message Center")
        void goneDisables() {
            String contoso = partner();
            Registered hook = register(Tokens.partner(contoso), List.of("subscription.cancelled"), null);
            receiver.answer(hook.path(), 410);
            deliver(event("subscription.cancelled", contoso, UUID.randomUUID(), UUID.randomUUID().toString(),
                    Map.of("offerName", "Office 365 E3")));
            await().atMost(Duration.ofSeconds(20)).until(() -> !Api.as(Tokens.partner(contoso))
                    .get("/api/v1/webhooks/" + hook.id()).then().extract().jsonPath().getBoolean("enabled"));
            Api.as(Tokens.partner(contoso)).get("/api/v1/webhooks/" + hook.id()).then()
                    .body("disabledReason", containsString("410"));
            Api.as(Tokens.partner(contoso)).queryParam("subjectType", "webhook").queryParam("subjectId", hook.id())
                    .get("/api/v1/messages").then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].title", startsWith("Webhook disabled"));
            Api.as(Tokens.partner(contoso)).body(Map.of("since", Instant.now().minusSeconds(60).toString()))
                    .post("/api/v1/webhooks/" + hook.id() + "/replay").then().statusCode(409);
        }

        @Test
        @DisplayName("a redirect is not followed: the attempt fails and the target never hears of it")
        void redirectNotFollowed() {
            String contoso = partner();
            Registered hook = register(Tokens.partner(contoso), List.of("subscription.changed"), null);
            int redirectedBefore = receiver.received("/redirected").size();
            receiver.answer(hook.path(), 302);
            deliver(quantityChanged(contoso, UUID.randomUUID(), UUID.randomUUID().toString(), 1, 2));
            awaitReceived(hook.path(), 2);
            await().atMost(Duration.ofSeconds(10)).until(() -> Api.as(Tokens.partner(contoso))
                    .get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().extract().jsonPath()
                    .getString("items[0].state").equals("succeeded"));
            Api.as(Tokens.partner(contoso)).get("/api/v1/webhooks/" + hook.id() + "/deliveries").then()
                    .body("items[0].attempts[0].statusCode", equalTo(302));
            assertThat(receiver.received("/redirected")).hasSize(redirectedBefore);
        }

        @Test
        @DisplayName("after a rotation both secrets sign; the test event, redelivery and replay arrive again")
        void rotationTestRedeliverReplay() throws Exception {
            String contoso = partner();
            UUID tenant = UUID.randomUUID();
            Registered hook = register(Tokens.partner(contoso), List.of("subscription.changed"), List.of(tenant));
            ExtractableResponse<Response> rotated = Api.as(Tokens.partner(contoso)).header("If-Match", hook.etag())
                    .post("/api/v1/webhooks/" + hook.id() + "/rotate-secret").then().statusCode(200)
                    .body("secret", startsWith("whsec_")).body("previousSecretExpiresAt", notNullValue())
                    .extract();
            String newSecret = rotated.path("secret");
            assertThat(newSecret).isNotEqualTo(hook.secret());

            Api.as(Tokens.partner(contoso)).post("/api/v1/webhooks/" + hook.id() + "/test").then().statusCode(200)
                    .body("eventType", equalTo("webhook.test")).body("state", equalTo("succeeded"))
                    .body("attempts[0].statusCode", equalTo(200));
            WebhookReceiver.Received test = awaitReceived(hook.path(), 1).get(0);
            assertThat(test.header("webhook-signature").split(" ")).hasSize(2);
            verify(hook.secret(), test);
            verify(newSecret, test);

            deliver(quantityChanged(contoso, tenant, UUID.randomUUID().toString(), 1, 2));
            deliver(quantityChanged(contoso, UUID.randomUUID(), UUID.randomUUID().toString(), 1, 2));
            WebhookReceiver.Received event = awaitReceived(hook.path(), 2).get(1);
            verify(newSecret, event);
            String deliveryId = Api.as(Tokens.partner(contoso)).queryParam("eventType", "subscription.changed")
                    .get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().statusCode(200)
                    .body("items", hasSize(1)).extract().path("items[0].id");
            Api.as(Tokens.partner(contoso))
                    .post("/api/v1/webhooks/" + hook.id() + "/deliveries/" + deliveryId + "/redeliver").then()
                    .statusCode(202).body("id", not(equalTo(deliveryId)));
            assertThat(awaitReceived(hook.path(), 3).get(2).header("webhook-id"))
                    .isEqualTo(event.header("webhook-id"));
            Api.as(Tokens.partner(contoso)).body(Map.of("since", Instant.now().minusSeconds(300).toString()))
                    .post("/api/v1/webhooks/" + hook.id() + "/replay").then().statusCode(202)
                    .body("queued", equalTo(1)).body("continueFrom", nullValue());
            assertThat(awaitReceived(hook.path(), 4).get(3).header("webhook-id"))
                    .isEqualTo(event.header("webhook-id"));
            Api.as(Tokens.partner(contoso)).body(Map.of("since", Instant.now().minus(Duration.ofDays(8)).toString()))
                    .post("/api/v1/webhooks/" + hook.id() + "/replay").then().statusCode(400)
                    .body("violations[0].field", equalTo("since"));
            Api.as(Tokens.partner(partner()))
                    .post("/api/v1/webhooks/" + hook.id() + "/deliveries/" + deliveryId + "/redeliver").then()
                    .statusCode(404);
        }

        @Test
        @DisplayName("a customer's webhook gets its tenant's shared notes; internal notes never become events")
        void customerNeverSeesInternalNotes() {
            UUID tenant = UUID.randomUUID();
            Registered hook = register(Tokens.customer(tenant), List.of("support-request.note-added"), null);
            Map<String, Object> data = new HashMap<>(Map.of("number", "SR-1", "title", "Mail stuck",
                    "authorRole", "support-engineer", "visibility", "internal"));
            Map<String, Object> internal = event("support-request.note-added", "contoso", tenant,
                    UUID.randomUUID().toString(), data);
            Api.as(Tokens.service()).body(internal).post("/internal/v1/events").then().statusCode(422);
            data.put("visibility", "shared");
            deliver(event("support-request.note-added", "contoso", tenant, UUID.randomUUID().toString(), data));
            List<WebhookReceiver.Received> got = awaitReceived(hook.path(), 1);
            assertThat(got).hasSize(1);
            assertThat(JsonPath.from(got.get(0).body()).getString("data.details.number")).isEqualTo("SR-1");
            assertThat(got.get(0).body()).doesNotContain("visibility");
        }

        @Test
        @DisplayName("an announcement reaches the webhooks of its audience; a health issue reaches everyone's")
        void broadcasts() {
            String contoso = partner();
            UUID tenant = UUID.randomUUID();
            Registered partnerHook = register(Tokens.partner(contoso),
                    List.of("message.published", "service-health.issue.created"), null);
            Registered customerHook = register(Tokens.customer(tenant),
                    List.of("message.published", "service-health.issue.created"), null);
            Fixtures.publish("partnerIds", List.of(contoso));
            Api.as(Tokens.operator()).body(Map.of("service", "Exchange Online", "title", "Mail delays "
                    + UUID.randomUUID(), "impactDescription", "Some users see delays.", "classification",
                    "incident")).post("/api/v1/service-health/issues").then().statusCode(201);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received(partnerHook.path()).size() == 2
                    && !receiver.received(customerHook.path()).isEmpty());
            assertThat(receiver.received(partnerHook.path())).extracting(r -> JsonPath.from(r.body())
                    .getString("type")).containsExactlyInAnyOrder("message.published", "service-health.issue.created");
            assertThat(receiver.received(customerHook.path())).extracting(r -> JsonPath.from(r.body())
                    .getString("type")).contains("service-health.issue.created").doesNotContain("message.published");
        }
    }

    @Test
    @DisplayName("a webhook's delivery log is 404 to anyone but its owner; a bad status filter is 400")
    void deliveryLogOwned() {
        String contoso = partner();
        Registered hook = register(Tokens.partner(contoso), List.of("subscription.changed"), null);
        Api.as(Tokens.partner(partner())).get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().statusCode(404);
        Api.as(Tokens.partner(contoso)).queryParam("status", "PENDING")
                .get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().statusCode(400);
        Api.as(Tokens.partner(contoso)).get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", nullValue());
        Api.as(Tokens.partner(contoso)).get("/api/v1/webhooks/" + hook.id() + "/deliveries/" + UUID.randomUUID())
                .then().statusCode(404);
        Api.as(Tokens.partner(contoso)).post("/api/v1/webhooks/" + UUID.randomUUID() + "/test").then()
                .statusCode(404);
    }
}
