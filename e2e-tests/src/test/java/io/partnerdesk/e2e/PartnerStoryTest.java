package io.partnerdesk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.partnerdesk.client.ClientCredentials;
import io.partnerdesk.client.ETags;
import io.partnerdesk.client.Pages;
import io.partnerdesk.client.PartnerDeskClient;
import io.partnerdesk.client.ProblemDetail;
import io.partnerdesk.client.subscriptions.ApiException;
import io.partnerdesk.client.subscriptions.api.CustomersApi;
import io.partnerdesk.client.subscriptions.api.OffersApi;
import io.partnerdesk.client.subscriptions.api.SubscriptionsApi;
import io.partnerdesk.client.subscriptions.model.BillingCycle;
import io.partnerdesk.client.subscriptions.model.Customer;
import io.partnerdesk.client.subscriptions.model.NewCustomer;
import io.partnerdesk.client.subscriptions.model.NewSubscription;
import io.partnerdesk.client.subscriptions.model.Offer;
import io.partnerdesk.client.subscriptions.model.PageOfferView;
import io.partnerdesk.client.subscriptions.model.Subscription;
import io.partnerdesk.client.subscriptions.model.SubscriptionPatch;
import io.partnerdesk.client.subscriptions.model.SubscriptionStatus;
import io.partnerdesk.localstack.LocalSuite;
import io.restassured.specification.RequestSpecification;

/**
 * The product's story, end to end: real Keycloak tokens, real PostgreSQL, the four services as processes on free
 * ports, every call through the gateway as a partner integration makes it. The suite ({@link SharedSuite}) is stopped
 * even when a step fails.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerStoryTest {

    private LocalSuite suite;
    private KeycloakTokens tokens;
    private String integration;
    private String contoso;
    private String tailspin;
    private String fabrikam;
    private String wingtip;
    private String engineer;
    private String operator;

    private UUID subscriptionId;
    private UUID supportRequestId;
    private UUID messageId;

    @BeforeAll
    void startSuite(LocalSuite shared) {
        suite = shared;
        tokens = new KeycloakTokens(suite.issuer());
        integration = tokens.client("contoso-integration", "contoso-integration-secret");
        contoso = tokens.user("contoso-admin");
        tailspin = tokens.user("tailspin-admin");
        fabrikam = tokens.user("fabrikam-admin");
        wingtip = tokens.user("wingtip-admin");
        engineer = tokens.user("vianet-engineer");
        operator = tokens.user("vianet-operator");
    }

    private RequestSpecification as(String token) {
        return Fixtures.viaGateway(suite, token);
    }

    private String subscriptionPath() {
        return "/api/v1/customers/" + Fixtures.TAILSPIN + "/subscriptions/" + subscriptionId;
    }

    @Test
    @Order(1)
    @DisplayName("the partner's integration (client credentials) creates a customer and a subscription")
    void partnerCreates() {
        String domain = "northwind" + UUID.randomUUID().toString().substring(0, 8) + ".partner.onmschina.cn";
        as(integration)
                .body(Map.of("companyName", "Northwind Traders", "domain", domain, "billingEmail", "ap@northwind.cn"))
                .post("/api/v1/customers").then().statusCode(201).body("partnerId", equalTo("contoso"));
        subscriptionId = UUID.fromString(as(integration).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("offerId", Fixtures.OFFICE_365_E3, "quantity", 10, "billingCycle", "annual",
                        "autoRenewEnabled", true, "friendlyName", "Shanghai office E3"))
                .post("/api/v1/customers/" + Fixtures.TAILSPIN + "/subscriptions").then().statusCode(201)
                .header("Location", containsString(suite.gatewayUrl().replace("http://", "")))
                .extract().<String> path("id"));
    }

    @Test
    @Order(2)
    @DisplayName("the customer reads it, is refused a write with the explaining problem, and files a change request the partner approves")
    void customerAsksPartnerApproves() {
        as(tailspin).get(subscriptionPath()).then().statusCode(200).body("quantity", equalTo(10));
        as(tailspin).header("If-Match", "*").body(Map.of("quantity", 15)).patch(subscriptionPath())
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("Only your partner can change subscriptions"))
                // Whom to ask: contoso's support profile (the fixtures seed it), by name and as an extension member.
                .body("detail", containsString("Contoso Cloud Support (support@contoso.example"))
                .body("supportContact.partnerId", equalTo("contoso"))
                .body("supportContact.supportProfile.hours.timeZone", equalTo("Asia/Shanghai"));
        as(tailspin).get("/api/v1/customers/" + Fixtures.TAILSPIN + "/support-contact").then().statusCode(200)
                .body("supportProfile.email", equalTo("support@contoso.example"));
        as(fabrikam).get("/api/v1/customers/" + Fixtures.TAILSPIN + "/support-contact").then().statusCode(404);
        as(tailspin).get("/api/v1/me").then().statusCode(200)
                .body("tenant.companyName", equalTo("Tailspin Toys"))
                .body("capabilities", hasItem("change-requests:create"))
                .body("capabilities", not(hasItem("subscriptions:update")));
        String changeRequest = as(tailspin).body(Map.of("quantity", 15, "reason", "Five new hires"))
                .post(subscriptionPath() + "/change-requests").then().statusCode(201).extract().path("id");
        String etag = as(contoso).get("/api/v1/change-requests/" + changeRequest).then().statusCode(200).extract()
                .header("ETag");
        as(contoso).header("If-Match", etag).post("/api/v1/change-requests/" + changeRequest + "/approve")
                .then().statusCode(200).body("status", equalTo("approved"));
        as(tailspin).get(subscriptionPath()).then().statusCode(200).body("quantity", equalTo(15));
    }

    @Test
    @Order(3)
    @DisplayName("the partner escalates a support request for its customer; the engineer responds and the SLA fields show it")
    void escalation() {
        supportRequestId = UUID.fromString(as(contoso).body(Map.of("customerId", Fixtures.TAILSPIN,
                "topicId", Fixtures.EXCHANGE_ONLINE_TOPIC,
                "title", "Inbound mail delayed", "description", "External mail arrives two hours late.", "severity",
                "B",
                "contact", Map.of("name", "Li Wei", "email", "li.wei@contoso.cn"),
                "triage", Map.of("stepsTaken", "Recreated the inbound connector.")))
                .post("/api/v1/support-requests").then().statusCode(201)
                .body("firstResponseDueAt", notNullValue()).extract().<String> path("id"));
        String path = "/api/v1/support-requests/" + supportRequestId;
        String etag = as(engineer).get(path).then().statusCode(200).extract().header("ETag");
        as(engineer).header("If-Match", etag).body(Map.of("status", "in_progress", "assignee", "vianet-engineer"))
                .patch(path).then().statusCode(200).body("firstRespondedAt", notNullValue())
                .body("slaBreached", equalTo(false));
        as(tailspin).get(path).then().statusCode(200).body("status", equalTo("in_progress"));
    }

    @Test
    @Order(4)
    @DisplayName("the customer and the partner read notifications of the changes; the operator posts a message and a health issue; the customer marks the message read")
    void messageCenter() throws InterruptedException {
        // The changes above reach the Message Center through the outboxes within a second or two.
        Outboxes.awaitDrained(suite, Duration.ofSeconds(30));
        as(tailspin).queryParam("kind", "notification").queryParam("limit", 200).get("/api/v1/messages")
                .then().statusCode(200)
                .body("items.title", hasItem("Change request approved"))
                .body("items.title", hasItem("Shanghai office E3 (Office 365 E3): quantity changed"))
                .body("items.title", hasItem(containsString("is in progress")));
        // The notification names its subject and links to it; the link reads the subscription with the customer's token.
        String link = as(tailspin).queryParam("subjectType", "subscription").queryParam("subjectId", subscriptionId)
                .queryParam("limit", 200).get("/api/v1/messages").then().statusCode(200)
                .body("items.subject.displayName", hasItem("Shanghai office E3 (Office 365 E3)"))
                .extract().path("items[0].links.subject");
        as(tailspin).get(link).then().statusCode(200).body("id", equalTo(subscriptionId.toString()))
                .body("friendlyName", equalTo("Shanghai office E3"));
        as(contoso).queryParam("kind", "notification").queryParam("limit", 200).get("/api/v1/messages")
                .then().statusCode(200).body("items.title", hasItem(containsString("Change request from")));
        as(fabrikam).queryParam("kind", "notification").queryParam("limit", 200).get("/api/v1/messages")
                .then().statusCode(200).body("items.title", not(hasItem(containsString("Change request from"))));
        messageId = UUID.fromString(as(operator).body(Map.of("title", "Exchange Online maintenance", "body",
                "Saturday 02:00–04:00 Beijing time.", "category", "planForChange", "severity", "normal",
                "audience", Map.of("type", "tenants", "ids", List.of(Fixtures.TAILSPIN))))
                .post("/api/v1/messages").then().statusCode(201).extract().<String> path("id"));
        as(operator).body(Map.of("service", "Exchange Online", "title", "Mail delivery delays", "impactDescription",
                "Some external mail is delayed.", "classification", "incident"))
                .post("/api/v1/service-health/issues").then().statusCode(201);
        as(tailspin).get("/api/v1/service-health").then().statusCode(200)
                .body("services.find { it.service == 'Exchange Online' }.status", equalTo("investigating"));
        int unread = as(tailspin).get("/api/v1/messages/unread-count").then().statusCode(200).extract().path("unread");
        as(tailspin).get("/api/v1/messages").then().statusCode(200).body("items.id", hasItem(messageId.toString()));
        as(tailspin).body(Map.of("messageIds", List.of(messageId.toString()))).post("/api/v1/messages/markRead")
                .then().statusCode(200).body("changed", hasItem(messageId.toString()));
        as(tailspin).get("/api/v1/messages/unread-count").then().body("unread", equalTo(unread - 1));
    }

    @Test
    @Order(5)
    @DisplayName("contoso's and fabrikam's worlds never meet: customers, subscriptions, requests and tenant messages")
    void isolation() {
        as(fabrikam).get("/api/v1/customers/" + Fixtures.TAILSPIN).then().statusCode(404);
        as(fabrikam).get(subscriptionPath()).then().statusCode(404);
        as(fabrikam).get("/api/v1/support-requests/" + supportRequestId).then().statusCode(404);
        as(fabrikam).get("/api/v1/customers").then().statusCode(200).body("items.id", not(hasItem(Fixtures.TAILSPIN)));
        as(fabrikam).get("/api/v1/support-requests").then().statusCode(200)
                .body("items.id", not(hasItem(supportRequestId.toString())));
        as(wingtip).get("/api/v1/messages/" + messageId).then().statusCode(404);
        as(wingtip).get("/api/v1/customers/" + Fixtures.TAILSPIN).then().statusCode(404);
        as(contoso).get("/api/v1/customers/22222222-2222-4222-8222-222222222222").then().statusCode(404);
    }

    @Test
    @Order(6)
    @DisplayName("the Java client partners use (clients/java): client-credentials tokens, paging, ETag/If-Match, problems")
    void javaClient() throws Exception {
        PartnerDeskClient partnerDesk = PartnerDeskClient.builder().gateway(URI.create(suite.gatewayUrl()))
                .tokens(new ClientCredentials(URI.create(suite.issuer() + "/protocol/openid-connect/token"),
                        "contoso-integration", "contoso-integration-secret"))
                .build();
        OffersApi offers = new OffersApi(partnerDesk.subscriptions());
        assertThat(Pages.stream(cursor -> offers.listOffers(cursor, 1), PageOfferView::getItems,
                PageOfferView::getNextCursor).map(Offer::getName))
                .as("every offer, one per page").contains("Office 365 E3");

        CustomersApi customers = new CustomersApi(partnerDesk.subscriptions());
        Customer customer = customers.createCustomer(new NewCustomer().companyName("Fourth Coffee")
                .domain("fourthcoffee" + UUID.randomUUID().toString().substring(0, 8) + ".partner.onmschina.cn")
                .billingEmail("billing@fourthcoffee.cn"), UUID.randomUUID().toString());
        assertThat(customer.getPartnerId()).isEqualTo("contoso");

        SubscriptionsApi subscriptions = new SubscriptionsApi(partnerDesk.subscriptions());
        Subscription created = subscriptions.createSubscription(customer.getId(), new NewSubscription()
                .offerId(UUID.fromString(Fixtures.OFFICE_365_E3)).quantity(5).billingCycle(BillingCycle.MONTHLY)
                .autoRenewEnabled(false).friendlyName("Fourth Coffee E3"), null);
        var read = subscriptions.getSubscriptionWithHttpInfo(customer.getId(), created.getId());
        String etag = ETags.of(read.getHeaders()).orElseThrow();
        Subscription changed = subscriptions.updateSubscription(customer.getId(), created.getId(), etag,
                new SubscriptionPatch().quantity(8));
        assertThat(changed.getQuantity()).isEqualTo(8);
        assertThat(changed.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(subscriptions.listSubscriptions(customer.getId(), null, 200, SubscriptionStatus.ACTIVE).getItems())
                .as("a typed enum filter").extracting(Subscription::getId).containsExactly(created.getId());

        ApiException stale = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, () -> subscriptions
                .updateSubscription(customer.getId(), created.getId(), etag, new SubscriptionPatch().quantity(9)));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(ProblemDetail.parse(stale.getResponseBody())).hasValueSatisfying(
                problem -> assertThat(problem.type()).endsWith("precondition-failed"));

        // A customer reads its subscription and is refused the change, with a problem that says why.
        PartnerDeskClient customerDesk = PartnerDeskClient.builder().gateway(URI.create(suite.gatewayUrl()))
                .tokens(() -> tailspin).build();
        SubscriptionsApi customerView = new SubscriptionsApi(customerDesk.subscriptions());
        var own = customerView.getSubscriptionWithHttpInfo(UUID.fromString(Fixtures.TAILSPIN), subscriptionId);
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> customerView.updateSubscription(UUID.fromString(Fixtures.TAILSPIN), subscriptionId,
                        ETags.of(own.getHeaders()).orElseThrow(), new SubscriptionPatch().quantity(1)));
        assertThat(refused.getCode()).isEqualTo(403);
        assertThat(ProblemDetail.parse(refused.getResponseBody()).orElseThrow().detail()).isNotBlank();

        // The support and Message Center documents generate working clients too.
        var supportClient = partnerDesk.support();
        assertThat(
                new io.partnerdesk.client.support.api.SupportTopicsApi(supportClient).listSupportTopics(null, null, 200)
                        .getItems())
                .extracting(io.partnerdesk.client.support.model.SupportTopic::getName).contains("Exchange Online");
        assertThat(new io.partnerdesk.client.support.api.SupportRequestsApi(supportClient)
                .listSupportRequests(null, null, null, UUID.fromString(Fixtures.TAILSPIN), null, 200, null, null)
                .getItems())
                .extracting(io.partnerdesk.client.support.model.SupportRequest::getId).contains(supportRequestId);

        var messageCenterClient = customerDesk.messageCenter();
        assertThat(new io.partnerdesk.client.messagecenter.api.ServiceHealthApi(messageCenterClient)
                .getServiceHealthOverview().getServices())
                .extracting(io.partnerdesk.client.messagecenter.model.ServiceHealth::getService)
                .contains("Exchange Online");
        int unread = as(tailspin).get("/api/v1/messages/unread-count").then().statusCode(200).extract().path("unread");
        assertThat(new io.partnerdesk.client.messagecenter.api.MessagesApi(messageCenterClient).countUnreadMessages()
                .getUnread()).as("the generated client reads the same count as a plain call").isEqualTo(unread);
    }

    @Test
    @Order(8)
    @DisplayName("an offer named with 190 characters: the customer's notification still arrives within 10 s, its title cut to fit")
    void longNamesNeverStallNotifications() throws InterruptedException {
        // Unique (offer names are), so that a rerun on a suite that kept its data does not meet the first run's offer.
        String offerName = "Office 365 E3 for the " + "very ".repeat(33) + "name " + UUID.randomUUID().toString()
                .substring(0, 4);
        assertThat(offerName.length()).isBetween(185, 200);
        String offerId = as(operator).body(Map.of("name", offerName, "product", "Office 365", "unitType", "licenses",
                "billingCycles", List.of("monthly"), "minQuantity", 1, "maxQuantity", 100, "trialAllowed", false))
                .post("/api/v1/offers").then().statusCode(201).extract().path("id");
        String longSubscription = as(contoso).body(Map.of("offerId", offerId, "quantity", 3, "billingCycle", "monthly",
                "autoRenewEnabled", false, "friendlyName", "Branch office"))
                .post("/api/v1/customers/" + Fixtures.TAILSPIN + "/subscriptions").then().statusCode(201)
                .extract().path("id");
        Outboxes.awaitDrained(suite, Duration.ofSeconds(10));
        as(tailspin).queryParam("subjectId", longSubscription).get("/api/v1/messages").then().statusCode(200)
                .body("items[0].title",
                        org.hamcrest.Matchers.startsWith("New subscription: Branch office (Office 365 E3"))
                .body("items[0].title.length()", equalTo(200))
                .body("items[0].title", org.hamcrest.Matchers.endsWith("\u2026"));
        assertThat(Outboxes.statuses(suite, "subscriptions").get("PARKED")).isZero();
    }

    @Test
    @Order(7)
    @DisplayName("the gateway refuses missing and forged tokens, and never routes /internal")
    void gatewayRefuses() {
        given().baseUri("http://localhost").port(suite.ports().gateway()).get("/api/v1/customers").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        String[] parts = contoso.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        as(forged).get("/api/v1/customers").then().statusCode(401).contentType("application/problem+json");
        String service = tokens.client("partnerdesk-services", "partnerdesk-services-secret");
        as(service).body(Map.of()).post("/internal/v1/events").then().statusCode(404);
    }
}
