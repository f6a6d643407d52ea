package io.partnerdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import io.partnerdesk.localstack.LocalSuite;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Notifications are never lost and never doubled when processes fail: the consumer is down while changes are made,
 * and a producer is killed with SIGKILL in the middle of delivering. Real processes, Keycloak tokens and PostgreSQL.
 */
@ExtendWith(SharedSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationDeliveryFaultTest {

    private static final String MESSAGECENTER = "messagecenter-service";
    private static final String SUBSCRIPTIONS = "subscriptions-service";

    private LocalSuite suite;
    private String contoso;
    private String tailspin;
    private String fabrikam;
    private String wingtip;

    @BeforeAll
    void tokens(LocalSuite shared) {
        suite = shared;
        KeycloakTokens tokens = new KeycloakTokens(suite.issuer());
        contoso = tokens.user("contoso-admin");
        tailspin = tokens.user("tailspin-admin");
        fabrikam = tokens.user("fabrikam-admin");
        wingtip = tokens.user("wingtip-admin");
    }

    /** Whatever a test did to the processes, the next test (and class) finds every service running. */
    @AfterEach
    void everyServiceRunning() throws Exception {
        for (String service : List.of(MESSAGECENTER, SUBSCRIPTIONS)) {
            if (!suite.isRunning(service)) {
                suite.restartService(service);
            }
        }
    }

    private RequestSpecification as(String token) {
        return Fixtures.viaGateway(suite, token);
    }

    @Test
    @DisplayName("messagecenter down, 20 subscription and support changes, messagecenter back: all 20 notifications, each once, for the right tenant and partner")
    void consumerOutage() throws Exception {
        Instant since = stopMessageCenterWhenQuiet();

        // 20 changes, 20 events: 1 subscription created, 10 quantity changes, 1 change request (to the partner),
        // 8 support requests.
        String path = subscriptionWithChanges("Outage drill", 100, 10);
        as(tailspin).body(Map.of("quantity", 120, "reason", "Outage drill hires")).post(path + "/change-requests")
                .then().statusCode(201);
        for (int n = 1; n <= 8; n++) {
            as(contoso).body(Map.of("customerId", Fixtures.TAILSPIN, "topicId", Fixtures.EXCHANGE_ONLINE_TOPIC,
                    "title", "Outage drill " + n, "description", "Drill.", "severity", "C",
                    "contact", Map.of("name", "Li Wei", "email", "li.wei@contoso.cn"),
                    "triage", Map.of("stepsTaken", "None: a drill.")))
                    .post("/api/v1/support-requests").then().statusCode(201);
        }
        // Nothing is lost while the consumer is away: the rows wait, counted as backlog.
        assertThat(Outboxes.pending(suite)).isEqualTo(20);

        suite.restartService(MESSAGECENTER);
        Outboxes.awaitDrained(suite, Duration.ofSeconds(60));

        List<String> tenantTitles = titles(notificationsSince(tailspin, since));
        List<String> expected = new ArrayList<>();
        // Notifications name the subscription by its friendly name and offer.
        expected.add("New subscription: Outage drill (Office 365 E3)");
        for (int i = 0; i < 10; i++) {
            expected.add("Outage drill (Office 365 E3): quantity changed");
        }
        for (int n = 0; n < 8; n++) {
            expected.add("Support request SR-");
        }
        assertThat(tenantTitles).hasSize(19);
        assertThat(tenantTitles.stream().map(t -> t.startsWith("Support request SR-") ? "Support request SR-" : t))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(bodies(notificationsSince(tailspin, since))).as("each change told once").doesNotHaveDuplicates()
                .anySatisfy(b -> assertThat(b).contains("from 109 to 110"));
        assertThat(titles(notificationsSince(contoso, since))).containsExactly("Change request from Tailspin Toys");
        assertThat(notificationsSince(wingtip, since)).isEmpty();
        assertThat(notificationsSince(fabrikam, since)).isEmpty();
        assertThat(Outboxes.statuses(suite, "subscriptions").get("PARKED")).isZero();
        assertThat(Outboxes.statuses(suite, "support").get("PARKED")).isZero();
    }

    @Test
    @DisplayName("subscriptions-service killed with SIGKILL while its relay delivers a backlog, restarted: nothing lost, nothing shown twice")
    void producerKilledWhileDelivering() throws Exception {
        Instant since = stopMessageCenterWhenQuiet();
        int changes = 60;
        String path = subscriptionWithChanges("Kill drill", 200, changes);
        String subscriptionId = path.substring(path.lastIndexOf('/') + 1);
        int events = changes + 1;

        long deliveredBefore = Outboxes.statuses(suite, "subscriptions").get("DELIVERED");
        suite.restartService(MESSAGECENTER);
        // Kill the producer while its relay is in the middle of the backlog: some delivered, one leased (in flight).
        Awaitility.await("the relay in the middle of the backlog").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
                .until(() -> Outboxes.statuses(suite, "subscriptions").get("DELIVERED") > deliveredBefore
                        && !leasedPending(subscriptionId).isEmpty());
        Map<String, Long> atKill = Outboxes.statuses(suite, "subscriptions");
        suite.killService(SUBSCRIPTIONS);
        Map<String, Long> afterKill = Outboxes.statuses(suite, "subscriptions");
        assertThat(atKill.get("DELIVERED")).as("the relay had started: %s", atKill).isGreaterThan(deliveredBefore);
        assertThat(afterKill.get("PENDING")).as("killed in the middle of the backlog: %s", afterKill).isPositive();
        List<Long> leasedByTheDead = leasedPending(subscriptionId);
        assertThat(leasedByTheDead).as("rows the killed relay held a lease on").isNotEmpty();

        suite.restartService(SUBSCRIPTIONS);
        // A row the dead relay had leased waits for its lease to pass, then goes again; the consumer dedupes.
        Outboxes.awaitDrained(suite, Duration.ofSeconds(90));
        assertThat(statuses(leasedByTheDead)).as("the rows leased by the killed relay were delivered after its restart")
                .containsOnly("DELIVERED");

        List<Map<String, Object>> tenant = notificationsSince(tailspin, since);
        assertThat(bodies(tenant)).as("every change told once (rows %s were leased by the killed relay)",
                leasedByTheDead).hasSize(events).doesNotHaveDuplicates();
        for (int quantity = 201; quantity < 201 + changes; quantity++) {
            String change = "from " + (quantity - 1) + " to " + quantity;
            assertThat(bodies(tenant)).as(change).filteredOn(b -> b.contains(change)).hasSize(1);
        }
        assertThat(Outboxes.statuses(suite, "subscriptions").get("PARKED")).isZero();
    }

    /**
     * Waits until earlier events are delivered (so they cannot be mistaken for this test's), then stops
     * messagecenter-service; returns the time from which this test's notifications count.
     */
    private Instant stopMessageCenterWhenQuiet() throws InterruptedException {
        Outboxes.awaitDrained(suite, Duration.ofSeconds(60));
        Instant since = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        suite.stopService(MESSAGECENTER);
        return since;
    }

    /**
     * A new Tailspin subscription with quantity {@code first}, then {@code changes} PATCHes raising it by one each
     * (one event each); returns its path.
     */
    private String subscriptionWithChanges(String name, int first, int changes) {
        String subscriptionsPath = "/api/v1/customers/" + Fixtures.TAILSPIN + "/subscriptions";
        String subscriptionId = as(contoso).body(Map.of("offerId", Fixtures.OFFICE_365_E3, "quantity", first,
                "billingCycle", "annual", "autoRenewEnabled", true, "friendlyName", name))
                .post(subscriptionsPath).then().statusCode(201).extract().path("id");
        String path = subscriptionsPath + "/" + subscriptionId;
        for (int quantity = first + 1; quantity <= first + changes; quantity++) {
            String etag = as(contoso).get(path).then().statusCode(200).extract().header("ETag");
            as(contoso).header("If-Match", etag).body(Map.of("quantity", quantity)).patch(path).then().statusCode(200);
        }
        return path;
    }

    /** The outbox rows (seq) of this subscription that are pending and leased by a relay just now. */
    private List<Long> leasedPending(String subscriptionId) {
        return query("select seq from event_outbox where subject_key = ? and status = 'PENDING'"
                + " and claimed_until is not null order by seq", "subscription:" + subscriptionId,
                r -> r.getLong(1));
    }

    private List<String> statuses(List<Long> seqs) {
        return query("select status from event_outbox where seq = any(?) order by seq", seqs.toArray(Long[]::new),
                r -> r.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, Object parameter, Column<T> column) {
        try (Connection c = DriverManager.getConnection(suite.jdbcUrl("subscriptions"), "postgres", "postgres");
                PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter instanceof Long[] array) {
                s.setArray(1, c.createArrayOf("bigint", array));
            } else {
                s.setObject(1, parameter);
            }
            List<T> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(column.read(r));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every notification the caller can read that arrived since {@code since}, all pages. */
    private List<Map<String, Object>> notificationsSince(String token, Instant since) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(token).queryParam("kind", "notification")
                    .queryParam("since", since.toString())
                    .queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/messages").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    private static List<String> titles(List<Map<String, Object>> messages) {
        return messages.stream().map(m -> (String) m.get("title")).toList();
    }

    private static List<String> bodies(List<Map<String, Object>> messages) {
        return messages.stream().map(m -> (String) m.get("body")).toList();
    }
}
