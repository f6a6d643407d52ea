package io.partnerdesk.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.model.Request;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The stand-in event consumer answers as messagecenter-service's internal endpoint does, in its documented shapes. */
class EventConsumerStubContractTest {

    private static final StubContract CONTRACT = StubContract.internal("messagecenter-service");
    private static WireMockServer consumer;

    @BeforeAll
    static void start() {
        consumer = EventConsumerStub.started();
    }

    @AfterAll
    static void stop() {
        consumer.stop();
    }

    private Response post(String token, UUID eventId) {
        var request = given().baseUri("http://127.0.0.1").port(consumer.port()).contentType(ContentType.JSON)
                .body(Map.of("id", eventId.toString(), "type", "subscription.changed", "occurredAt",
                        "2026-11-30T08:00:00Z",
                        "partnerId", "contoso", "tenantId", Tokens.TAILSPIN.toString(),
                        "subject", Map.of("kind", "subscription", "id", UUID.randomUUID().toString())));
        if (token != null) {
            request.auth().oauth2(token);
        }
        Response response = request.post(EventConsumerStub.PATH);
        CONTRACT.assertAllows(Request.Method.POST, EventConsumerStub.PATH, response);
        return response;
    }

    @Test
    @DisplayName("POST /internal/v1/events: 201 with a receipt, 200 with the same receipt on redelivery, 403, 401")
    void answersLikeTheRealConsumer() {
        UUID event = UUID.randomUUID();
        Response first = post(Tokens.service(), event);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.jsonPath().getString("eventId")).isEqualTo(event.toString());
        Response again = post(Tokens.service(), event);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.jsonPath().getString("eventId")).isEqualTo(event.toString());
        assertThat(post(Tokens.partner("contoso"), UUID.randomUUID()).statusCode()).isEqualTo(403);
        assertThat(post(null, UUID.randomUUID()).statusCode()).isEqualTo(401);
    }
}
