package io.partnerdesk.messagecenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Planned maintenance: announced with its Message Center message, status by the clock, cancelled by operators. */
@QuarkusTest
class MaintenanceTest {

    private static final String OPERATOR = Tokens.operator();

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;
    private static final String PATH = "/api/v1/service-health/maintenances";

    /** Whole seconds: the database keeps microseconds and the API writes what it stores. */
    private static Instant inMinutes(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(minutes));
    }

    private static Map<String, Object> window(String service, Instant start, Instant end) {
        Map<String, Object> body = new HashMap<>();
        body.put("service", service);
        body.put("title", "Database upgrade " + UUID.randomUUID());
        body.put("description", "Databases move to new hardware.");
        body.put("impact", "Short disconnects; nothing is lost.");
        body.put("startsAt", start.toString());
        body.put("endsAt", end.toString());
        return body;
    }

    private static Response announce(Map<String, Object> body) {
        return Api.as(OPERATOR).body(body).post(PATH);
    }

    @Test
    @DisplayName("announcing posts a planForChange message to everyone, action required by the start; status scheduled")
    void announces() {
        Instant start = inMinutes(120);
        Response created = announce(window("Microsoft Teams", start, start.plus(Duration.ofHours(2))));
        created.then().statusCode(201).header("Location", containsString(PATH + "/"))
                .body("status", equalTo("scheduled")).body("messageId", notNullValue());
        String message = created.path("messageId");
        for (String reader : new String[]{ Tokens.customer(Tokens.TAILSPIN), Tokens.customer(Tokens.WINGTIP),
                Tokens.partner("fabrikam") }) {
            Api.as(reader).get("/api/v1/messages/" + message).then().statusCode(200)
                    .body("category", equalTo("planForChange"))
                    .body("actionRequiredBy", equalTo(start.toString()))
                    .body("title", containsString("Planned maintenance: Microsoft Teams"))
                    .body("services", hasItem("Microsoft Teams"));
        }
        Api.as(Tokens.partner("contoso")).get(PATH + "/" + created.path("id")).then().statusCode(200)
                .body("status", equalTo("scheduled")).header("ETag", notNullValue());
    }

    @Test
    @DisplayName("a window in progress shows its service underMaintenance in the overview, and lists by status and range")
    void inProgressAndFilters() throws java.sql.SQLException {
        String service = "Microsoft Entra ID";
        Instant start = inMinutes(-1);
        String running = announce(window(service, start, inMinutes(60))).then().statusCode(201)
                .body("status", equalTo("inProgress")).extract().path("id");
        String done = announce(window(service, inMinutes(-1), inMinutes(1))).then().statusCode(201)
                .extract().path("id");
        // Its end passes (rather than waiting for it): the status follows the clock, no job moves it.
        try (var connection = dataSource.getConnection();
                var update = connection.prepareStatement(
                        "update maintenances set starts_at = ?, ends_at = ? where id = ?::uuid")) {
            update.setObject(1, java.sql.Timestamp.from(inMinutes(-4)));
            update.setObject(2, java.sql.Timestamp.from(inMinutes(-3)));
            update.setString(3, done);
            assertThat(update.executeUpdate()).isOne();
        }
        Api.as(OPERATOR).get(PATH + "/" + done).then().body("status", equalTo("completed"));
        Api.as(Tokens.customer(Tokens.TAILSPIN)).get("/api/v1/service-health").then().statusCode(200)
                .body("services.find { it.service == 'Microsoft Entra ID' }.underMaintenance", equalTo(true))
                .body("services.find { it.service == 'Partner Center' }.underMaintenance", equalTo(false));
        assertThat(Api.allIds(OPERATOR, PATH, r -> r.queryParam("service", service).queryParam("status",
                "inProgress"))).contains(running).doesNotContain(done);
        assertThat(Api.allIds(OPERATOR, PATH, r -> r.queryParam("service", service).queryParam("status",
                "completed"))).contains(done).doesNotContain(running);
        // from–to selects windows overlapping the range: the completed one ran from -4 to -3 minutes, the running
        // one from -1 minute on
        assertThat(Api.allIds(OPERATOR, PATH, r -> r.queryParam("service", service).queryParam("from",
                inMinutes(-2).toString()))).contains(running).doesNotContain(done);
        assertThat(Api.allIds(OPERATOR, PATH, r -> r.queryParam("service", service).queryParam("to",
                inMinutes(-2).toString()))).contains(done).doesNotContain(running);
        assertThat(Api.allIds(OPERATOR, PATH, r -> r.queryParam("service", service)
                .queryParam("from", inMinutes(-5).toString()).queryParam("to", inMinutes(0).toString())))
                .contains(running, done);
    }

    @Test
    @DisplayName("cancelling ends the announcement and tells everyone; again is 409; If-Match is required")
    void cancels() {
        String service = "SharePoint Online";
        Instant start = inMinutes(30);
        Response created = announce(window(service, start, start.plus(Duration.ofHours(1))));
        String path = PATH + "/" + created.path("id");
        String etag = created.header("ETag");
        Api.as(OPERATOR).body(Map.of("reason", "Postponed to next week.")).post(path + "/cancel").then()
                .statusCode(428);
        Api.as(OPERATOR).header("If-Match", etag).body(Map.of("reason", "Postponed to next week."))
                .post(path + "/cancel").then().statusCode(200).body("status", equalTo("cancelled"))
                .body("cancelReason", equalTo("Postponed to next week.")).body("cancelledAt", notNullValue());
        String newEtag = Api.as(OPERATOR).get(path).then().extract().header("ETag");
        Api.as(OPERATOR).header("If-Match", newEtag).body(Map.of()).post(path + "/cancel").then().statusCode(409)
                .body("type", containsString("maintenance-not-cancellable"));
        String message = created.path("messageId");
        Api.as(Tokens.customer(Tokens.TAILSPIN)).get("/api/v1/messages/" + message).then().statusCode(200)
                .body("endsAt", notNullValue());
        Api.as(Tokens.customer(Tokens.TAILSPIN)).queryParam("tag", "maintenance").queryParam("limit", 200)
                .get("/api/v1/messages").then().statusCode(200)
                .body("items.title", hasItem(containsString("Cancelled: planned maintenance of SharePoint Online")))
                .body("items.id", not(hasItem(message)));
    }

    @Test
    @DisplayName("bad windows are 400 naming the field; an unknown service 422; nothing is announced")
    void refused() {
        Instant start = inMinutes(60);
        announce(window("Exchange Online", start, start)).then().statusCode(400)
                .body("violations[0].field", equalTo("endsAt"));
        announce(window("Exchange Online", start, start.plus(Duration.ofDays(8)))).then().statusCode(400)
                .body("violations[0].field", equalTo("endsAt"));
        announce(window("Exchange Online", inMinutes(-60), inMinutes(60))).then().statusCode(400)
                .body("violations[0].field", equalTo("startsAt"));
        Map<String, Object> yearZero = window("Exchange Online", start, start.plusSeconds(60));
        yearZero.put("startsAt", "0000-01-01T00:00:00Z");
        announce(yearZero).then().statusCode(400).body("violations[0].field", equalTo("startsAt"));
        Map<String, Object> unknown = window("Nonexistent Service", start, start.plusSeconds(3600));
        announce(unknown).then().statusCode(422);
        assertThat(Api.allItems(OPERATOR, PATH, r -> r.queryParam("service", "Nonexistent Service"))).isEmpty();
        Api.as(OPERATOR).queryParam("status", "running").get(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    @DisplayName("roles: everyone reads; only operators announce and cancel (403), no token 401, unknown id 404")
    void roles() {
        Instant start = inMinutes(90);
        Map<String, Object> body = window("Exchange Online", start, start.plusSeconds(3600));
        String path = PATH + "/" + announce(body).then().statusCode(201).extract().path("id");
        for (String token : new String[]{ Tokens.partner("contoso"), Tokens.customer(Tokens.TAILSPIN),
                Tokens.engineer() }) {
            Api.as(token).get(path).then().statusCode(200);
            Api.as(token).get(PATH).then().statusCode(200);
            Api.as(token).body(window("Exchange Online", start, start.plusSeconds(3600))).post(PATH).then()
                    .statusCode(403);
            Api.as(token).header("If-Match", "*").body(Map.of()).post(path + "/cancel").then().statusCode(403);
        }
        Api.anonymous().get(PATH).then().statusCode(401);
        Api.as(OPERATOR).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }
}
