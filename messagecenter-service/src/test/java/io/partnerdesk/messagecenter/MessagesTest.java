package io.partnerdesk.messagecenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MessagesTest {

    /** A tenant of its own, so that its inbox holds only what a test puts there (plus everyone/customers messages). */
    private static UUID freshTenant() {
        return UUID.randomUUID();
    }

    private static UUID toTenant(UUID tenant) {
        return Fixtures.publish("tenants", List.of(tenant.toString()));
    }

    @Nested
    class Publishing {

        @Test
        @DisplayName("an operator publishes an announcement: 201, Location, ETag, all fields back")
        void publish() {
            Api.as(Tokens.operator()).body(Fixtures.announcement("everyone", List.of())).post("/api/v1/messages")
                    .then().statusCode(201)
                    .header("Location", org.hamcrest.Matchers.containsString("/api/v1/messages/"))
                    .header("ETag", org.hamcrest.Matchers.notNullValue())
                    .body("kind", equalTo("announcement")).body("category", equalTo("planForChange"))
                    .body("severity", equalTo("high")).body("services", contains("Exchange Online"))
                    .body("isMajorChange", equalTo(true)).body("actionRequiredBy", equalTo("2027-01-31T00:00:00Z"))
                    .body("viewPoint.isRead", equalTo(false));
        }

        @Test
        @DisplayName("editing needs If-Match (428 without, 412 stale); an edit of services alone moves the ETag")
        void edit() {
            UUID id = Fixtures.publish("everyone", List.of());
            String path = "/api/v1/messages/" + id;
            String etag = Api.as(Tokens.operator()).get(path).then().extract().header("ETag");
            Api.as(Tokens.operator()).body(Map.of("title", "New title")).patch(path).then().statusCode(428);
            String next = Api.as(Tokens.operator()).header("If-Match", etag)
                    .body(Map.of("services", List.of("Microsoft Teams")))
                    .patch(path).then().statusCode(200).body("services", contains("Microsoft Teams")).extract()
                    .header("ETag");
            assertThat(next).isNotEqualTo(etag);
            Api.as(Tokens.operator()).header("If-Match", etag).body(Map.of("title", "Stale")).patch(path).then()
                    .statusCode(412);
        }

        @Test
        @DisplayName("endsAt before startsAt is 400; kind and id are server-owned (400)")
        void invalid() {
            Map<String, Object> body = Fixtures.withWindow(Fixtures.announcement("everyone", List.of()),
                    Instant.parse("2027-01-02T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
            Api.as(Tokens.operator()).body(body).post("/api/v1/messages").then().statusCode(400)
                    .body("violations[0].field", equalTo("endsAt"));
            Map<String, Object> withKind = Fixtures.announcement("everyone", List.of());
            withKind.put("kind", "notification");
            Api.as(Tokens.operator()).body(withKind).post("/api/v1/messages").then().statusCode(400)
                    .body("violations[0].field", equalTo("kind"));
        }
    }

    @Nested
    class Window {

        @Test
        @DisplayName("readers see a message from startsAt until endsAt; past ones only when asked for; operators see all")
        void window() {
            UUID tenant = freshTenant();
            Instant now = Instant.now();
            UUID scheduled = Fixtures
                    .publish(Fixtures.withWindow(Fixtures.announcement("tenants", List.of(tenant.toString())),
                            now.plus(Duration.ofDays(1)), null));
            UUID ended = Fixtures
                    .publish(Fixtures.withWindow(Fixtures.announcement("tenants", List.of(tenant.toString())),
                            now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1))));
            UUID current = toTenant(tenant);
            String customer = Tokens.customer(tenant);

            Api.as(customer).queryParam("limit", 200).get("/api/v1/messages").then().statusCode(200)
                    .body("items.id", hasItem(current.toString()))
                    .body("items.id", not(hasItem(ended.toString())))
                    .body("items.id", not(hasItem(scheduled.toString())));
            Api.as(customer).queryParam("past", "true").queryParam("limit", 200).get("/api/v1/messages").then()
                    .body("items.id", hasItem(ended.toString())).body("items.id", not(hasItem(scheduled.toString())));
            Api.as(customer).get("/api/v1/messages/" + scheduled).then().statusCode(404);
            Api.as(Tokens.operator()).get("/api/v1/messages/" + scheduled).then().statusCode(200);
        }
    }

    @Nested
    class ViewState {

        @Test
        @DisplayName("view state is per user: one user's markRead leaves another's unread")
        void perUser() {
            UUID tenant = freshTenant();
            UUID id = toTenant(tenant);
            String alice = Tokens.claims("alice@tenant", "customer").claim("tenant_id", tenant.toString()).jws()
                    .keyId(io.partnerdesk.testing.TestKeys.KEY_ID).sign(io.partnerdesk.testing.TestKeys.signingKey());
            String bob = Tokens.claims("bob@tenant", "customer").claim("tenant_id", tenant.toString()).jws()
                    .keyId(io.partnerdesk.testing.TestKeys.KEY_ID).sign(io.partnerdesk.testing.TestKeys.signingKey());
            Api.as(alice).body(Map.of("messageIds", List.of(id.toString()))).post("/api/v1/messages/markRead")
                    .then().statusCode(200).body("changed", contains(id.toString()));
            Api.as(alice).get("/api/v1/messages/" + id).then().body("viewPoint.isRead", equalTo(true));
            Api.as(bob).get("/api/v1/messages/" + id).then().body("viewPoint.isRead", equalTo(false));
        }

        @Test
        @DisplayName("bulk actions report what changed, what already was so, and foreign or unknown ids as not found")
        void bulk() {
            UUID tenant = freshTenant();
            UUID mine = toTenant(tenant);
            UUID alsoMine = toTenant(tenant);
            UUID someoneElses = toTenant(freshTenant());
            UUID unknown = UUID.randomUUID();
            String customer = Tokens.customer(tenant);
            Api.as(customer).body(Map.of("messageIds", List.of(mine.toString()))).post("/api/v1/messages/favorite")
                    .then().statusCode(200);
            Api.as(customer)
                    .body(Map.of("messageIds", List.of(mine.toString(), alsoMine.toString(), someoneElses.toString(),
                            unknown.toString())))
                    .post("/api/v1/messages/favorite")
                    .then().statusCode(200)
                    .body("changed", contains(alsoMine.toString()))
                    .body("unchanged", contains(mine.toString()))
                    .body("notFound", containsInAnyOrder(someoneElses.toString(), unknown.toString()));
            Api.as(Tokens.customer(freshTenant())).get("/api/v1/messages/" + someoneElses).then().statusCode(404);
            Api.as(customer).queryParam("favorite", "true").get("/api/v1/messages").then()
                    .body("items.id", containsInAnyOrder(mine.toString(), alsoMine.toString()));
            Api.as(customer).body(Map.of("messageIds", List.of(mine.toString()))).post("/api/v1/messages/unfavorite")
                    .then().body("changed", contains(mine.toString()));
        }

        @Test
        @DisplayName("archived messages are hidden unless asked for, and leave the unread count")
        void archive() {
            UUID tenant = freshTenant();
            String customer = Tokens.customer(tenant);
            long before = Api.as(customer).get("/api/v1/messages/unread-count").then().statusCode(200).extract()
                    .jsonPath().getLong("unread");
            UUID a = toTenant(tenant);
            UUID b = toTenant(tenant);
            Api.as(customer).get("/api/v1/messages/unread-count").then().body("unread", equalTo((int) before + 2));
            Api.as(customer).body(Map.of("messageIds", List.of(a.toString()))).post("/api/v1/messages/archive").then()
                    .statusCode(200);
            Api.as(customer).body(Map.of("messageIds", List.of(b.toString()))).post("/api/v1/messages/markRead").then()
                    .statusCode(200);
            Api.as(customer).get("/api/v1/messages/unread-count").then().body("unread", equalTo((int) before));
            Api.as(customer).queryParam("limit", 200).get("/api/v1/messages").then()
                    .body("items.id", not(hasItem(a.toString()))).body("items.id", hasItem(b.toString()));
            Api.as(customer).queryParam("archived", "true").get("/api/v1/messages").then()
                    .body("items.id", contains(a.toString()))
                    .body("items.viewPoint.isArchived", everyItem(equalTo(true)));
            Api.as(customer).queryParam("unread", "true").queryParam("limit", 200).get("/api/v1/messages").then()
                    .body("items.id", not(hasItem(b.toString())));
            Api.as(customer).body(Map.of("messageIds", List.of(a.toString()))).post("/api/v1/messages/unarchive").then()
                    .body("changed", contains(a.toString()));
        }

        @Test
        @DisplayName("1 to 100 ids: none or 101 is 400; an unknown action is 405 (only GET and PATCH at /messages/{id})")
        void limits() {
            String customer = Tokens.customer(freshTenant());
            Api.as(customer).body(Map.of("messageIds", List.of())).post("/api/v1/messages/markRead").then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("messageIds"));
            List<String> many = new ArrayList<>(Collections.nCopies(101, UUID.randomUUID().toString()));
            Api.as(customer).body(Map.of("messageIds", many)).post("/api/v1/messages/markRead").then().statusCode(400);
            Api.as(customer).body(Map.of("messageIds", List.of(UUID.randomUUID().toString())))
                    .post("/api/v1/messages/delete")
                    .then().statusCode(405).contentType("application/problem+json");
        }
    }

    @Nested
    class Filters {

        @Test
        @DisplayName("filters by category, severity, service, tag, kind and since; bad values are 400")
        void filters() {
            UUID tenant = freshTenant();
            String customer = Tokens.customer(tenant);
            Map<String, Object> other = Fixtures.announcement("tenants", List.of(tenant.toString()));
            other.put("category", "stayInformed");
            other.put("severity", "normal");
            other.put("services", List.of("Microsoft Teams"));
            other.put("tags", List.of("New feature"));
            UUID teams = Fixtures.publish(other);
            UUID exchange = toTenant(tenant);
            Api.as(customer).queryParam("service", "Microsoft Teams").queryParam("limit", 200).get("/api/v1/messages")
                    .then()
                    .body("items.id", hasItem(teams.toString())).body("items.id", not(hasItem(exchange.toString())));
            Api.as(customer).queryParam("category", "planForChange").queryParam("severity", "high")
                    .queryParam("limit", 200)
                    .get("/api/v1/messages").then()
                    .body("items.id", hasItem(exchange.toString())).body("items.id", not(hasItem(teams.toString())));
            Api.as(customer).queryParam("tag", "New feature").queryParam("kind", "announcement").get("/api/v1/messages")
                    .then()
                    .body("items.id", hasItem(teams.toString()));
            Api.as(customer).queryParam("since", Instant.now().plus(Duration.ofMinutes(5)).toString())
                    .get("/api/v1/messages")
                    .then().body("items", hasSize(0));
            Api.as(customer).queryParam("category", "gossip").get("/api/v1/messages").then().statusCode(400)
                    .body("violations[0].field", equalTo("category"));
            Api.as(customer).queryParam("unread", "maybe").get("/api/v1/messages").then().statusCode(400);
        }

        @Test
        @DisplayName("newest first, paged without repeats")
        void paging() {
            UUID tenant = freshTenant();
            List<UUID> published = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                published.add(toTenant(tenant));
            }
            String customer = Tokens.customer(tenant);
            var first = Api.as(customer).queryParam("kind", "announcement").queryParam("limit", 2)
                    .get("/api/v1/messages")
                    .then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
            assertThat(first.getString("items[0].id")).isEqualTo(published.get(2).toString());
            var rest = new ArrayList<String>(first.getList("items.id"));
            String cursor = first.getString("nextCursor");
            while (cursor != null) {
                var page = Api.as(customer).queryParam("kind", "announcement").queryParam("limit", 2)
                        .queryParam("cursor", cursor)
                        .get("/api/v1/messages").then().statusCode(200).extract().jsonPath();
                rest.addAll(page.getList("items.id"));
                cursor = page.getString("nextCursor");
            }
            assertThat(rest).doesNotHaveDuplicates().containsAll(published.stream().map(UUID::toString).toList());
        }

        @Test
        @DisplayName("messages for whole audiences and messages listing the reader page as one list, newest first")
        void pagingAcrossAudiences() {
            UUID tenant = freshTenant();
            String tag = "paging-" + UUID.randomUUID().toString().substring(0, 8);
            List<String> published = new ArrayList<>();
            for (String audience : List.of("everyone", "tenants", "tenants", "customers", "tenants", "everyone",
                    "partners", "tenants")) {
                Map<String, Object> body = Fixtures.announcement(audience,
                        audience.equals("tenants") ? List.of(tenant.toString()) : List.of());
                body.put("tags", List.of(tag));
                UUID id = Fixtures.publish(body);
                if (!audience.equals("partners")) {
                    published.add(0, id.toString());
                }
            }
            String customer = Tokens.customer(tenant);
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                var request = Api.as(customer).queryParam("tag", tag).queryParam("limit", 2);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.get("/api/v1/messages").then().statusCode(200).extract().jsonPath();
                paged.addAll(page.getList("items.id"));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            assertThat(paged).containsExactlyElementsOf(published);
        }
    }
}
