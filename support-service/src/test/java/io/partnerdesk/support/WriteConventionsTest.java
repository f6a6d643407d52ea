package io.partnerdesk.support;

import static io.partnerdesk.testing.conventions.WriteConventions.assertIdempotentCreate;
import static io.partnerdesk.testing.conventions.WriteConventions.assertIfMatchRequired;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.partnerdesk.support.SubscriptionsServiceStub.InjectStub;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Every creating POST honours Idempotency-Key; every PATCH needs a matching If-Match. */
@QuarkusTest
class WriteConventionsTest {

    private static final String PARTNER = Tokens.partner("contoso");
    private static final String OPERATOR = Tokens.operator();

    @InjectStub
    WireMockServer stub;

    @Test
    @DisplayName("Idempotency-Key on POST topics, support requests and notes: replay, then 422 for another body")
    void idempotentCreates() {
        assertIdempotentCreate(OPERATOR, "/api/v1/support-topics",
                Map.of("name", "Topic " + UUID.randomUUID(), "description", "Once"),
                Map.of("name", "Topic " + UUID.randomUUID(), "description", "Twice"));
        UUID customer = Fixtures.customerOf(stub, "contoso");
        String id = assertIdempotentCreate(PARTNER, "/api/v1/support-requests", Fixtures.newRequest(customer, "B"),
                Fixtures.newRequest(customer, "C"));
        assertIdempotentCreate(PARTNER, Fixtures.path(UUID.fromString(id)) + "/notes", Map.of("text", "Any news?"),
                Map.of("text", "Any news at all?"));
    }

    @Test
    @DisplayName("If-Match on PATCH topics and support requests: 428 without, 412 stale, nothing changed")
    void conditionalChanges() {
        String topic = "/api/v1/support-topics/" + Fixtures.topic();
        assertIfMatchRequired(OPERATOR, "PATCH", topic, Map.of("active", false), topic);
        String request = Fixtures.path(Fixtures.request(Fixtures.customerOf(stub, "contoso"), "B"));
        assertIfMatchRequired(PARTNER, "PATCH", request, Map.of("title", "Inbound mail delayed since Monday"), request);
    }
}
