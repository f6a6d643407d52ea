package io.partnerdesk.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.partnerdesk.support.SubscriptionsServiceStub.InjectStub;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class NotesTest {

    private static final String PARTNER = Tokens.partner("contoso");
    private static final String ENGINEER = Tokens.engineer();
    private static final String SECRET = "Internal: tenant on the legacy Exchange cluster, escalate to PG";

    @InjectStub
    WireMockServer stub;

    UUID customerId;
    UUID requestId;

    @BeforeEach
    void request() {
        customerId = Fixtures.customerOf(stub, "contoso");
        requestId = Fixtures.request(customerId, "B");
    }

    private String notes() {
        return Fixtures.path(requestId) + "/notes";
    }

    @Test
    @DisplayName("internal notes never reach partners or customers: not in notes, not in the timeline, not in any body")
    void internalNeverLeaks() {
        Api.as(ENGINEER).body(Map.of("text", SECRET, "visibility", "internal")).post(notes()).then().statusCode(201)
                .body("visibility", equalTo("internal"));
        Api.as(ENGINEER).body(Map.of("text", "Could you send a message trace?")).post(notes()).then().statusCode(201);

        Api.as(ENGINEER).get(notes()).then().statusCode(200).body("items", hasSize(2))
                .body("items.text", hasItem(SECRET));
        Api.as(ENGINEER).get(Fixtures.path(requestId) + "/timeline").then().body("items.detail",
                hasItem("Internal note by vianet-engineer"));

        for (String reader : List.of(PARTNER, Tokens.customer(customerId))) {
            Api.as(reader).get(notes()).then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].visibility", equalTo("shared"));
            String everything = Api.as(reader).get(notes()).asString()
                    + Api.as(reader).get(Fixtures.path(requestId) + "/timeline").asString()
                    + Api.as(reader).get(Fixtures.path(requestId)).asString()
                    // The list filtered to this test's own customer: its request is on the one page, whatever else exists.
                    + Api.as(reader).queryParam("customerId", customerId.toString()).get("/api/v1/support-requests")
                            .then().statusCode(200).body("items.id", hasItem(requestId.toString())).extract()
                            .asString();
            assertThat(everything).doesNotContain(SECRET).doesNotContain("Internal note").doesNotContain("internal");
        }
    }

    @Test
    @DisplayName("a partner's internal note is refused with 403; a customer's note with 403 saying its partner manages requests")
    void whoWritesWhat() {
        Api.as(PARTNER).body(Map.of("text", "psst", "visibility", "internal")).post(notes())
                .then().statusCode(403).body("type", endsWith("/internal-note-engineers-only"));
        Api.as(Tokens.customer(customerId)).body(Map.of("text", "Any news?")).post(notes())
                .then().statusCode(403).body("type", endsWith("/support-request-read-only"));
        Api.as(PARTNER).body(Map.of("text", "")).post(notes()).then().statusCode(400)
                .body("violations[0].field", equalTo("text"));
    }

    @Test
    @DisplayName("the partner's answer to an awaiting_partner request moves it back to in_progress")
    void partnerAnswerResumes() {
        Fixtures.patch(ENGINEER, requestId, Map.of("status", "in_progress")).then().statusCode(200);
        Fixtures.patch(ENGINEER, requestId, Map.of("status", "awaiting_partner")).then().statusCode(200);
        Api.as(PARTNER).body(Map.of("text", "Trace attached: deferrals start at 09:40.")).post(notes()).then()
                .statusCode(201)
                .body("authorRole", equalTo("partner"));
        Api.as(PARTNER).get(Fixtures.path(requestId)).then().body("status", equalTo("in_progress"));
    }

    @Test
    @DisplayName("a closed request takes no more notes (409)")
    void closedTakesNoNotes() {
        Fixtures.patch(PARTNER, requestId, Map.of("status", "closed")).then().statusCode(200);
        Api.as(PARTNER).body(Map.of("text", "One more thing")).post(notes()).then().statusCode(409)
                .body("type", endsWith("/support-request-closed"));
    }
}
