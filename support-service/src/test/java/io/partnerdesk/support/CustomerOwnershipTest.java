package io.partnerdesk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.partnerdesk.support.SubscriptionsServiceStub.InjectStub;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The partner must own the customer it files for; support-service asks subscriptions-service with the caller's
 * token and answers within a bound whatever subscriptions-service does. The time limits are loose bounds against
 * hangs, not measurements.
 */
@QuarkusTest
class CustomerOwnershipTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @InjectStub
    WireMockServer stub;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeBreaker() {
        breakers.resetAll();
    }

    private io.restassured.response.Response file(UUID customerId) {
        return Api.as(Tokens.partner("contoso")).body(Fixtures.newRequest(customerId, "B"))
                .post("/api/v1/support-requests");
    }

    @Test
    @DisplayName("an owned customer: created, and subscriptions-service was asked with the caller's own token")
    void owned() {
        UUID customer = Fixtures.customerOf(stub, "contoso");
        String token = Tokens.partner("contoso");
        Api.as(token).body(Fixtures.newRequest(customer, "B")).post("/api/v1/support-requests")
                .then().statusCode(201).body("customerId", equalTo(customer.toString()))
                .body("partnerId", equalTo("contoso"));
        stub.verify(getRequestedFor(urlPathEqualTo("/api/v1/customers/" + customer))
                .withHeader("Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + token)));
    }

    @Test
    @DisplayName("a customer subscriptions-service does not show the caller (another partner's, or unknown) is 404 on customerId")
    void notOwned() {
        // The stand-in answers as subscriptions-service: 404 with a problem to a partner that does not own the customer.
        file(Fixtures.customerOf(stub, "fabrikam")).then().statusCode(404).contentType("application/problem+json")
                .body("violations[0].field", equalTo("customerId"));
        file(UUID.randomUUID()).then().statusCode(404).body("violations[0].field", equalTo("customerId"));
    }

    @Test
    @DisplayName("another partner's customer is 404 even if the directory were to return it (defence in depth)")
    void otherPartnersCustomer() {
        UUID customer = UUID.randomUUID();
        stub.stubFor(get(urlPathEqualTo("/api/v1/customers/" + customer)).atPriority(1).willReturn(
                okJson("""
                        {"id": "%s", "partnerId": "fabrikam", "companyName": "Fabrikam's customer", "domain": "f.partner.onmschina.cn",
                         "billingEmail": "a@b.cn", "createdAt": "2026-11-01T00:00:00Z", "updatedAt": "2026-11-01T00:00:00Z"}"""
                        .formatted(customer))));
        file(customer).then().statusCode(404).body("violations[0].field", equalTo("customerId"));
    }

    @Test
    @DisplayName("subscriptions-service failing (503, reset connection) is a 503 problem with Retry-After, within the bound")
    void down() {
        UUID failing = UUID.randomUUID();
        stub.stubFor(get(urlPathEqualTo("/api/v1/customers/" + failing)).willReturn(aResponse().withStatus(503)));
        UUID reset = UUID.randomUUID();
        stub.stubFor(get(urlPathEqualTo("/api/v1/customers/" + reset))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (UUID customer : new UUID[]{ failing, reset }) {
            long started = System.nanoTime();
            file(customer).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("type", endsWith("/dependency-unavailable"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
        }
        // A GET is safe to repeat: one retry per request.
        stub.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/customers/" + failing)));
    }

    @Test
    @DisplayName("subscriptions-service too slow: each attempt times out and the caller gets 503 within the bound")
    void slow() {
        UUID customer = UUID.randomUUID();
        stub.stubFor(get(urlPathEqualTo("/api/v1/customers/" + customer))
                .willReturn(aResponse().withFixedDelay(4000).withStatus(200)));
        long started = System.nanoTime();
        file(customer).then().statusCode(503).body("type", endsWith("/dependency-unavailable"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
    }

    @Test
    @DisplayName("after repeated failures the breaker opens: callers get 503 without subscriptions-service being called")
    void breakerOpens() {
        UUID customer = UUID.randomUUID();
        stub.stubFor(get(urlPathEqualTo("/api/v1/customers/" + customer)).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 6; i++) {
            file(customer).then().statusCode(503);
        }
        int callsWhileClosed = stub.findAll(getRequestedFor(urlPathEqualTo("/api/v1/customers/" + customer))).size();
        for (int i = 0; i < 5; i++) {
            file(customer).then().statusCode(503);
        }
        int callsAfter = stub.findAll(getRequestedFor(urlPathEqualTo("/api/v1/customers/" + customer))).size();
        assertThat(callsAfter).as("calls made while the breaker is open").isEqualTo(callsWhileClosed);

        // Once reset (as after its delay), an owned customer goes through again.
        breakers.resetAll();
        file(Fixtures.customerOf(stub, "contoso")).then().statusCode(201);
    }
}
