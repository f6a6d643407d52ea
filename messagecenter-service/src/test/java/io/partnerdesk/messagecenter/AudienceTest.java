package io.partnerdesk.messagecenter;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Each audience type against each kind of reader, by id and in lists. */
@QuarkusTest
class AudienceTest {

    private static final String TAILSPIN = Tokens.TAILSPIN.toString();

    enum Reader {
        CUSTOMER_TAILSPIN(Tokens.customer(Tokens.TAILSPIN)),
        CUSTOMER_WINGTIP(Tokens.customer(Tokens.WINGTIP)),
        PARTNER_CONTOSO(Tokens.partner("contoso")),
        PARTNER_FABRIKAM(Tokens.partner("fabrikam")),
        ENGINEER(Tokens.engineer()),
        OPERATOR(Tokens.operator());

        final String token;

        Reader(String token) {
            this.token = token;
        }
    }

    record Audience(String type, List<String> ids, List<Reader> readers) {
    }

    private static final List<Audience> AUDIENCES = List.of(
            new Audience("everyone", List.of(), List.of(Reader.values())),
            new Audience("customers", List.of(),
                    List.of(Reader.CUSTOMER_TAILSPIN, Reader.CUSTOMER_WINGTIP, Reader.OPERATOR)),
            new Audience("partners", List.of(),
                    List.of(Reader.PARTNER_CONTOSO, Reader.PARTNER_FABRIKAM, Reader.OPERATOR)),
            new Audience("tenants", List.of(TAILSPIN), List.of(Reader.CUSTOMER_TAILSPIN, Reader.OPERATOR)),
            new Audience("partnerIds", List.of("contoso"), List.of(Reader.PARTNER_CONTOSO, Reader.OPERATOR)));

    @TestFactory
    @DisplayName("a reader sees exactly the messages its audience rules give it; any other is 404 and absent from its list")
    Stream<DynamicTest> matrix() {
        return AUDIENCES.stream().flatMap(audience -> Stream.of(Reader.values()).map(reader -> {
            boolean sees = audience.readers().contains(reader);
            return DynamicTest.dynamicTest(
                    audience.type() + " message " + (sees ? "reaches " : "never reaches ") + reader, () -> {
                        UUID id = Fixtures.publish(audience.type(), audience.ids());
                        Api.as(reader.token).get("/api/v1/messages/" + id).then().statusCode(sees ? 200 : 404);
                        var list = Api.as(reader.token).queryParam("limit", 200).get("/api/v1/messages").then()
                                .statusCode(200);
                        list.body("items.id", sees ? hasItem(id.toString()) : not(hasItem(id.toString())));
                    });
        }));
    }

    @Test
    @DisplayName("readers never see who else a message is for; operators do")
    void audienceHiddenFromReaders() {
        UUID id = Fixtures.publish("tenants", List.of(TAILSPIN, UUID.randomUUID().toString()));
        Api.as(Reader.CUSTOMER_TAILSPIN.token).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("audience", nullValue());
        Api.as(Reader.OPERATOR.token).get("/api/v1/messages/" + id).then().statusCode(200)
                .body("audience.ids", hasItem(TAILSPIN));
    }

    @Test
    @DisplayName("a tenants message needs tenant ids; an everyone message takes none")
    void audienceValidation() {
        Api.as(Tokens.operator()).body(Fixtures.announcement("tenants", List.of())).post("/api/v1/messages")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("audience.ids"));
        Api.as(Tokens.operator()).body(Fixtures.announcement("tenants", List.of("not-a-tenant")))
                .post("/api/v1/messages")
                .then().statusCode(400);
        Api.as(Tokens.operator()).body(Fixtures.announcement("everyone", List.of(TAILSPIN))).post("/api/v1/messages")
                .then().statusCode(400);
        Api.as(Tokens.operator()).body(Fixtures.announcement("galaxy", List.of())).post("/api/v1/messages")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("audience.type"));
    }

    @Test
    @DisplayName("only operators publish and edit messages")
    void onlyOperatorsWrite() {
        for (String token : List.of(Tokens.partner("contoso"), Tokens.customer(Tokens.TAILSPIN), Tokens.engineer(),
                Tokens.service())) {
            Api.as(token).body(Fixtures.announcement("everyone", List.of())).post("/api/v1/messages").then()
                    .statusCode(403);
        }
        UUID id = Fixtures.publish("everyone", List.of());
        Api.as(Tokens.partner("contoso")).header("If-Match", "*").body(Map.of("title", "Hijacked"))
                .patch("/api/v1/messages/" + id).then().statusCode(403);
        Api.anonymous().get("/api/v1/messages").then().statusCode(401);
        Api.as(Tokens.service()).get("/api/v1/messages").then().statusCode(403);
    }
}
