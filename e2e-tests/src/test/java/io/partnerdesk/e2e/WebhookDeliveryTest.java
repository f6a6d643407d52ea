package io.partnerdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import io.partnerdesk.localstack.LocalSuite;
import io.partnerdesk.testing.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Partner webhooks end to end: registered through the gateway with real Keycloak tokens, fed by the real outbox relays
 * of subscriptions-service and support-service, delivered to a real HTTP server in this test (on 127.0.0.1, which the
 * local suite allow-lists) and verified with the Standard Webhooks library, as a partner's receiver would.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryTest {

    private LocalSuite suite;
    private WebhookReceiver receiver;
    private String contoso;
    private String fabrikam;
    private String tailspin;
    private String engineer;

    @BeforeAll
    void start(LocalSuite shared) {
        suite = shared;
        KeycloakTokens tokens = new KeycloakTokens(suite.issuer());
        contoso = tokens.user("contoso-admin");
        fabrikam = tokens.user("fabrikam-admin");
        tailspin = tokens.user("tailspin-admin");
        engineer = tokens.user("vianet-engineer");
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    void stop() {
        receiver.close();
    }

    private RequestSpecification as(String token) {
        return Fixtures.viaGateway(suite, token);
    }

    private record Hook(String id, String secret, String path) {
    }

    private Hook register(String token, List<String> types) {
        String path = "/e2e-" + UUID.randomUUID();
        JsonPath created = as(token).body(Map.of("url", receiver.url(path), "eventTypes", types))
                .post("/api/v1/webhooks").then().statusCode(201).body("secret", startsWith("whsec_")).extract()
                .jsonPath();
        return new Hook(created.getString("webhook.id"), created.getString("secret"), path);
    }

    private List<WebhookReceiver.Received> awaitReceived(String path, int count) {
        Awaitility.await(count + " deliveries at " + path).atMost(Duration.ofSeconds(60))
                .until(() -> receiver.received(path).size() >= count);
        return receiver.received(path);
    }

    private static void verify(String secret, WebhookReceiver.Received r) throws WebhookVerificationException {
        new Webhook(secret).verify(r.body(), r.headers());
    }

    private String createSubscription() {
        return as(contoso).body(Map.of("offerId", Fixtures.OFFICE_365_E3, "quantity", 5, "billingCycle", "annual",
                "autoRenewEnabled", true, "friendlyName", "Webhook test E3"))
                .post("/api/v1/customers/" + Fixtures.TAILSPIN + "/subscriptions").then().statusCode(201).extract()
                .path("id");
    }

    private void setQuantity(String subscriptionId, int quantity) {
        String path = "/api/v1/customers/" + Fixtures.TAILSPIN + "/subscriptions/" + subscriptionId;
        String etag = as(contoso).get(path).then().statusCode(200).extract().header("ETag");
        as(contoso).header("If-Match", etag).body(Map.of("quantity", quantity)).patch(path).then().statusCode(200);
    }

    @Test
    @DisplayName("a partner's changes arrive signed, in order after retried 500s; fabrikam's webhook never sees them")
    void signedOrderedIsolated() throws Exception {
        Hook hook = register(contoso, List.of("subscription.changed"));
        Hook other = register(fabrikam, List.of("subscription.created", "subscription.changed",
                "support-request.created", "support-request.note-added"));
        receiver.answer(hook.path(), 500, 500);
        String subscription = createSubscription();
        setQuantity(subscription, 6);
        setQuantity(subscription, 7);
        setQuantity(subscription, 8);
        List<WebhookReceiver.Received> got = awaitReceived(hook.path(), 5);
        for (WebhookReceiver.Received r : got) {
            verify(hook.secret(), r);
        }
        assertThat(got.stream().skip(2).map(r -> JsonPath.from(r.body()).getString("data.details.newValue")))
                .containsExactly("6", "7", "8");
        JsonPath first = JsonPath.from(got.get(2).body());
        assertThat(first.getString("data.subject.id")).isEqualTo(subscription);
        assertThat(first.getString("data.subject.displayName")).isEqualTo("Webhook test E3 (Office 365 E3)");
        assertThat(first.getString("data.customerId")).isEqualTo(Fixtures.TAILSPIN);
        assertThatThrownBy(() -> verify(fabricatedSecret(), got.get(2)))
                .isInstanceOf(WebhookVerificationException.class);
        // The log tells the story the receiver saw: two 500s, then 200, for the first change.
        as(contoso).queryParam("limit", 200).get("/api/v1/webhooks/" + hook.id() + "/deliveries").then()
                .statusCode(200).body("items[-1].attempts.statusCode", equalTo(List.of(500, 500, 200)));
        assertThat(receiver.received(other.path())).noneMatch(r -> r.body().contains(Fixtures.TAILSPIN));
    }

    private static String fabricatedSecret() {
        return "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    }

    @Test
    @DisplayName("a customer's webhook gets its tenant's shared notes, never the engineers' internal ones")
    void customerNeverSeesInternalNotes() {
        Hook hook = register(tailspin, List.of("support-request.note-added"));
        String request = as(contoso).body(Map.of("customerId", Fixtures.TAILSPIN,
                "topicId", Fixtures.EXCHANGE_ONLINE_TOPIC, "title", "Webhook test request",
                "description", "Mail is late.", "severity", "C",
                "contact", Map.of("name", "Li Wei", "email", "li.wei@contoso.cn"),
                "triage", Map.of("stepsTaken", "Checked the connector.")))
                .post("/api/v1/support-requests").then().statusCode(201).extract().path("id");
        as(engineer).body(Map.of("text", "INTERNAL: tenant is on the noisy shard", "visibility", "internal"))
                .post("/api/v1/support-requests/" + request + "/notes").then().statusCode(201);
        as(engineer).body(Map.of("text", "We are looking into it.", "visibility", "shared"))
                .post("/api/v1/support-requests/" + request + "/notes").then().statusCode(201);
        List<WebhookReceiver.Received> got = awaitReceived(hook.path(), 1);
        Outboxes.awaitDrained(suite, Duration.ofSeconds(30));
        got = receiver.received(hook.path());
        assertThat(got).hasSize(1);
        assertThat(got.get(0).body()).contains("support-engineer").doesNotContain("INTERNAL").doesNotContain("noisy");
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]:8080/hook", "https://[fd00:ec2::254]/", "http://0.0.0.0:8080/" })
    @DisplayName("private, metadata and non-allow-listed loopback receivers are refused at registration (422)")
    void ssrfRefused(String url) {
        as(contoso).body(Map.of("url", url, "eventTypes", List.of("subscription.changed")))
                .post("/api/v1/webhooks").then().statusCode(422).body("violations[0].field", equalTo("url"));
    }

    @Test
    @DisplayName("a redirect from the receiver is not followed: a failed attempt, and the target never hears of it")
    void redirectNotFollowed() {
        Hook hook = register(contoso, List.of("subscription.changed"));
        int redirectedBefore = receiver.received("/redirected").size();
        receiver.answer(hook.path(), 307);
        String subscription = createSubscription();
        setQuantity(subscription, 11);
        awaitReceived(hook.path(), 2);
        Awaitility.await("the retry succeeded").atMost(Duration.ofSeconds(30)).until(() -> "succeeded".equals(
                as(contoso).get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().extract()
                        .path("items[0].state")));
        as(contoso).get("/api/v1/webhooks/" + hook.id() + "/deliveries").then()
                .body("items[0].attempts.statusCode", equalTo(List.of(307, 200)));
        assertThat(receiver.received("/redirected")).hasSize(redirectedBefore);
    }

    @Test
    @DisplayName("test, rotation with both signatures, redelivery and replay; 410 disables and tells the owner")
    void operations() throws Exception {
        Hook hook = register(contoso, List.of("subscription.changed"));
        String etag = as(contoso).get("/api/v1/webhooks/" + hook.id()).then().statusCode(200).extract()
                .header("ETag");
        String rotated = as(contoso).header("If-Match", etag).post("/api/v1/webhooks/" + hook.id() + "/rotate-secret")
                .then().statusCode(200).extract().path("secret");
        as(contoso).post("/api/v1/webhooks/" + hook.id() + "/test").then().statusCode(200)
                .body("state", equalTo("succeeded"));
        WebhookReceiver.Received test = awaitReceived(hook.path(), 1).get(0);
        verify(hook.secret(), test);
        verify(rotated, test);

        String subscription = createSubscription();
        setQuantity(subscription, 9);
        WebhookReceiver.Received change = awaitReceived(hook.path(), 2).get(1);
        String delivery = as(contoso).queryParam("eventType", "subscription.changed")
                .get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().statusCode(200).extract()
                .path("items[0].id");
        as(contoso).post("/api/v1/webhooks/" + hook.id() + "/deliveries/" + delivery + "/redeliver").then()
                .statusCode(202);
        assertThat(awaitReceived(hook.path(), 3).get(2).header("webhook-id")).isEqualTo(change.header("webhook-id"));
        as(contoso).body(Map.of("since", Instant.now().minusSeconds(120).toString()))
                .post("/api/v1/webhooks/" + hook.id() + "/replay").then().statusCode(202);
        awaitReceived(hook.path(), 4);
        as(fabrikam).post("/api/v1/webhooks/" + hook.id() + "/test").then().statusCode(404);

        receiver.answer(hook.path(), 410);
        setQuantity(subscription, 10);
        Awaitility.await("disabled after 410").atMost(Duration.ofSeconds(60)).until(() -> !as(contoso)
                .get("/api/v1/webhooks/" + hook.id()).then().extract().jsonPath().getBoolean("enabled"));
        as(contoso).queryParam("subjectType", "webhook").queryParam("subjectId", hook.id())
                .get("/api/v1/messages").then().statusCode(200)
                .body("items.title", hasItem(startsWith("Webhook disabled")))
                .body("items[0].body", containsString("410"));
    }
}
