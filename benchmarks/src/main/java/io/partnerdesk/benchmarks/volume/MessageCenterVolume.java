package io.partnerdesk.benchmarks.volume;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Message Center's cost as its data grows: messages are written straight into messagecenter-service's database
 * (one customer, Tailspin Toys, gets every tenth; the rest go to 2,000 other tenants), then a customer user of Tailspin
 * reads its Message Center through the gateway: list pages, a page deep in its history, the unread count, the unread
 * and the archived lists. Of Tailspin's messages its user has read 9 in 1,000 and archived 1 in 1,000.
 * <p>
 * Each volume is measured in rounds of sequential calls (one caller, so the figure is the cost of a call, not of a
 * queue); a round's figure is its median, and the report gives the median of the rounds and their spread.
 */
public final class MessageCenterVolume {

    /** {@code total} messages in the database, {@code customer} of them Tailspin's. */
    public record Step(long total, long customer) {
    }

    /** One operation at one volume: the median latency of each round, in milliseconds. */
    public record Measure(String operation, List<Double> roundMedians) {

        public double median() {
            return Statistics.median(roundMedians);
        }

        public double min() {
            return roundMedians.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        public double max() {
            return roundMedians.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    /**
     * Everything measured at one volume, how long loading it took, and the unread count the customer's user was given
     * (the same on every call of the step, or the step counts an error).
     */
    public record StepResult(Step step, Duration loading, List<Measure> measures, long errors, long unread) {
    }

    /** The operations, in report order: name and path (the deep page is found by following cursors). */
    public static final List<String> OPERATIONS = List.of("list, first page of 50", "list, page 20 of 50",
            "unread count", "list unread=true, 50", "list archived=true, 50");

    private static final int EVERY_NTH_IS_THE_CUSTOMERS = 10;
    private static final int BATCH = 100_000;
    private static final int DEEP_PAGE = 20;

    private final String jdbcUrl;
    private final URI gateway;
    private final String customerTenant;
    private final Supplier<String> customerToken;
    private final int rounds;
    private final int callsPerRound;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    /** Message n is created at {@code origin + n × 20 ms}: every volume fits in the past, newest last. */
    private final Instant origin = Instant.now().minus(Duration.ofHours(8));
    private long loaded;

    public MessageCenterVolume(String jdbcUrl, URI gateway, String customerTenant, Supplier<String> customerToken,
            int rounds, int callsPerRound) {
        this.jdbcUrl = jdbcUrl;
        this.gateway = gateway;
        this.customerTenant = customerTenant;
        this.customerToken = customerToken;
        this.rounds = rounds;
        this.callsPerRound = callsPerRound;
    }

    /** Tops the database up to {@code step}'s volume and measures every operation there. */
    public StepResult measure(Step step) throws SQLException {
        long started = System.nanoTime();
        loadUpTo(step.total(), subjectOf(customerToken.get()));
        Duration loading = Duration.ofNanos(System.nanoTime() - started);
        // One token for the step's calls, fetched after the loading (which may outlast a token's lifetime).
        String token = customerToken.get();
        List<Measure> measures = new ArrayList<>();
        long[] errors = { 0 };
        String deepCursor = cursorOfPage(DEEP_PAGE, token, errors);
        Map<String, String> paths = Map.of(OPERATIONS.get(0), "/api/v1/messages?limit=50", OPERATIONS.get(1),
                "/api/v1/messages?limit=50&cursor=" + deepCursor, OPERATIONS.get(2), "/api/v1/messages/unread-count",
                OPERATIONS.get(3), "/api/v1/messages?limit=50&unread=true", OPERATIONS.get(4),
                "/api/v1/messages?limit=50&archived=true");
        java.util.Set<Long> unreadAnswers = new java.util.TreeSet<>();
        for (String operation : OPERATIONS) {
            String path = paths.get(operation);
            for (int warm = 0; warm < 3; warm++) {
                call(path, token, errors);
            }
            List<Double> medians = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < callsPerRound; i++) {
                    long sent = System.nanoTime();
                    JsonNode body = call(path, token, errors);
                    millis.add((System.nanoTime() - sent) / 1e6);
                    if (body != null && body.has("unread")) {
                        unreadAnswers.add(body.get("unread").asLong());
                    }
                }
                medians.add(Statistics.median(millis));
            }
            measures.add(new Measure(operation, medians));
        }
        if (unreadAnswers.size() != 1) {
            // Nothing changes the customer's messages while a step is measured: a kept count that moves is wrong.
            System.out.println("[benchmarks] Unread counts differ within one volume: " + unreadAnswers);
            errors[0]++;
        }
        return new StepResult(step, loading, measures, errors[0],
                unreadAnswers.isEmpty() ? -1 : unreadAnswers.iterator().next());
    }

    /**
     * Of every {@code total} messages loaded, how many count as unread for the customer's user: its tenth, less the
     * one in a thousand of all that it has read or archived.
     */
    public static long unreadAmongLoaded(long total) {
        return total / EVERY_NTH_IS_THE_CUSTOMERS - total / 1000;
    }

    /** The user's id as the Message Center keys its view state: the token's subject. */
    private String subjectOf(String token) {
        String payload = token.split("\\.")[1];
        try {
            return json.readTree(Base64.getUrlDecoder().decode(payload)).get("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException("The customer's token has no readable subject", e);
        }
    }

    private void loadUpTo(long total, String user) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            db.setAutoCommit(false);
            try (PreparedStatement messages = db.prepareStatement("""
                    insert into messages (id, title, body, category, severity, is_major_change, starts_at, \
                    audience_type, kind, created_at, updated_at, version)
                    select md5('volume-' || g)::uuid, 'Volume message ' || g, 'A message of the volume benchmark.', \
                    'STAY_INFORMED', 'NORMAL', false, ?::timestamptz + g * interval '20 milliseconds', 'TENANTS', \
                    'NOTIFICATION', ?::timestamptz + g * interval '20 milliseconds', \
                    ?::timestamptz + g * interval '20 milliseconds', 0
                    from generate_series(?, ?) g""");
                    PreparedStatement members = db.prepareStatement("""
                            insert into message_audience_members (message_id, member_id)
                            select md5('volume-' || g)::uuid, case when g % ? = 0 then ? \
                            else md5('volume-tenant-' || (g % 2000))::uuid::text end
                            from generate_series(?, ?) g""");
                    PreparedStatement states = db.prepareStatement("""
                            insert into message_states (message_id, user_id, is_read, is_archived, is_favorite, \
                            updated_at, read_changed_at)
                            select md5('volume-' || g)::uuid, ?, g % 10000 <> 0, g % 10000 = 0, false, now(), now()
                            from generate_series(?, ?) g where g % 1000 = 0""")) {
                Timestamp origin = Timestamp.from(this.origin);
                while (loaded < total) {
                    long from = loaded + 1;
                    long to = Math.min(total, loaded + BATCH);
                    messages.setTimestamp(1, origin);
                    messages.setTimestamp(2, origin);
                    messages.setTimestamp(3, origin);
                    messages.setLong(4, from);
                    messages.setLong(5, to);
                    messages.executeUpdate();
                    members.setInt(1, EVERY_NTH_IS_THE_CUSTOMERS);
                    members.setString(2, customerTenant);
                    members.setLong(3, from);
                    members.setLong(4, to);
                    members.executeUpdate();
                    states.setString(1, user);
                    states.setLong(2, from);
                    states.setLong(3, to);
                    states.executeUpdate();
                    db.commit();
                    loaded = to;
                }
            }
            db.setAutoCommit(true);
            try (Statement analyse = db.createStatement()) {
                // Rows written straight into the tables, dated in the past, are an import: an import tells the kept
                // unread counts to start over (V9), as any change to existing messages does.
                analyse.executeUpdate("update message_generation set value = value + 1");
                // What autovacuum would have done by the time a real database held this much.
                analyse.execute("vacuum analyze messages, message_audience_members, message_states");
            }
        }
    }

    /** Follows nextCursor from the first page to the start of page {@code page}. */
    private String cursorOfPage(int page, String token, long[] errors) {
        String path = "/api/v1/messages?limit=50";
        String cursor = "";
        for (int i = 1; i < page; i++) {
            JsonNode body = call(path + (cursor.isEmpty() ? "" : "&cursor=" + cursor), token, errors);
            JsonNode next = body == null ? null : body.get("nextCursor");
            if (next == null || next.isNull()) {
                break;
            }
            cursor = java.net.URLEncoder.encode(next.asText(), StandardCharsets.UTF_8);
        }
        return cursor;
    }

    private JsonNode call(String path, String token, long[] errors) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway.resolve(path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                errors[0]++;
                return null;
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            errors[0]++;
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the volume benchmark", e);
        }
    }
}
