package io.partnerdesk.messagecenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.messagecenter.repository.MessageSearch;
import io.partnerdesk.messagecenter.repository.MessageSearch.PlainCreated;
import io.partnerdesk.messagecenter.repository.MessageSearch.Windowed;
import io.partnerdesk.testing.Api;
import io.partnerdesk.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The kept unread count (V9, {@code UnreadCounts}) always equals counting every message per call, through every way
 * the count can change: the user's view actions on messages inside and outside the checkpoint, windowed messages, a
 * new read mark, an operator's change to a message, parallel calls. Messages "older than the checkpoint" are written
 * with a creation time ten minutes back, straight into the database, as a long-lived Message Center has them.
 */
@QuarkusTest
class UnreadCountsTest {

    @Inject
    EntityManager em;

    @Inject
    MessageSearch search;

    private static String userOf(UUID tenant) {
        return Tokens.subjectOf("customer-" + tenant);
    }

    private long kept(UUID tenant) {
        return Api.as(Tokens.customer(tenant)).get("/api/v1/messages/unread-count").then().statusCode(200).extract()
                .jsonPath().getLong("unread");
    }

    /** The oracle: every message counted in this call, as the count was made before it was kept. */
    private long counted(UUID tenant) {
        MessageReader reader = new MessageReader(MessageReader.Kind.CUSTOMER, tenant.toString(), userOf(tenant));
        return QuarkusTransaction.requiringNew().call(() -> search.unreadCount(reader, new PlainCreated(null, null))
                + search.unreadCount(reader, new Windowed()));
    }

    /** Messages for {@code tenant} created {@code age} ago; {@code endsIn} non-null makes them windowed. */
    private List<UUID> writeOld(UUID tenant, int count, Duration age, Duration endsIn) {
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                Instant created = Instant.now().minus(age).plusMillis(i);
                em.createNativeQuery("""
                        insert into messages (id, title, body, category, severity, is_major_change, starts_at, ends_at,
                        audience_type, kind, created_at, updated_at, version)
                        values (:id, 'Old message', 'Written before the checkpoint.', 'STAY_INFORMED', 'NORMAL', false,
                        :created, :ends, 'TENANTS', 'NOTIFICATION', :created, :created, 0)""")
                        .setParameter("id", id).setParameter("created", created)
                        .setParameter("ends", endsIn == null ? null : Instant.now().plus(endsIn)).executeUpdate();
                em.createNativeQuery("insert into message_audience_members (message_id, member_id) values (:id, :t)")
                        .setParameter("id", id).setParameter("t", tenant.toString()).executeUpdate();
                ids.add(id);
            }
        });
        return ids;
    }

    private Object updatedAt(UUID tenant) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select updated_at from unread_counts where user_id = :u")
                .setParameter("u", userOf(tenant)).getSingleResult());
    }

    private long generationOf(UUID tenant) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select generation from unread_counts where user_id = :u")
                .setParameter("u", userOf(tenant)).getSingleResult()).longValue());
    }

    private long generation() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select value from message_generation").getSingleResult()).longValue());
    }

    private static void act(UUID tenant, String action, UUID... ids) {
        Api.as(Tokens.customer(tenant))
                .body(Map.of("messageIds", java.util.Arrays.stream(ids).map(UUID::toString).toList()))
                .post("/api/v1/messages/" + action).then().statusCode(200);
    }

    @Test
    @DisplayName("the kept count follows every view action, windowed and new messages, read marks and operator changes")
    void keptEqualsCounted() {
        UUID tenant = UUID.randomUUID();
        List<UUID> old = writeOld(tenant, 6, Duration.ofMinutes(10), null);
        List<UUID> windowed = writeOld(tenant, 2, Duration.ofMinutes(10), Duration.ofHours(1));
        UUID recent = Fixtures.publish("tenants", List.of(tenant.toString()));

        assertThat(kept(tenant)).isEqualTo(counted(tenant)).isGreaterThanOrEqualTo(9);
        act(tenant, "markRead", old.get(0), windowed.get(0), recent);
        assertThat(kept(tenant)).isEqualTo(counted(tenant));
        act(tenant, "archive", old.get(1), old.get(0));
        assertThat(kept(tenant)).isEqualTo(counted(tenant));
        act(tenant, "unarchive", old.get(1));
        act(tenant, "markUnread", old.get(0), recent);
        assertThat(kept(tenant)).isEqualTo(counted(tenant));
        act(tenant, "favorite", old.get(2));
        assertThat(kept(tenant)).isEqualTo(counted(tenant));

        Api.as(Tokens.customer(tenant)).body(Map.of()).post("/api/v1/messages/markAllRead").then().statusCode(200);
        assertThat(kept(tenant)).isEqualTo(counted(tenant));
        act(tenant, "markUnread", old.get(3), old.get(4));
        assertThat(kept(tenant)).isEqualTo(counted(tenant));

        // An operator ends one of the old messages: it no longer counts, for every reader.
        String etag = Api.as(Tokens.operator()).get("/api/v1/messages/" + old.get(3)).then().statusCode(200)
                .extract().header("ETag");
        Api.as(Tokens.operator()).header("If-Match", etag)
                .body(Map.of("endsAt", Instant.now().plusSeconds(1).toString()))
                .patch("/api/v1/messages/" + old.get(3)).then().statusCode(200);
        assertThat(kept(tenant)).isEqualTo(counted(tenant));
    }

    @Test
    @DisplayName("a second count reads the checkpoint instead of counting again: what it holds is what is answered")
    void theCountIsKept() {
        UUID tenant = UUID.randomUUID();
        writeOld(tenant, 3, Duration.ofMinutes(10), null);
        long first = kept(tenant);
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update unread_counts set unread = unread + 1000 where user_id = :u")
                .setParameter("u", userOf(tenant)).executeUpdate());
        Object writtenAt = updatedAt(tenant);
        assertThat(kept(tenant)).isEqualTo(first + 1000);
        // Reading a current checkpoint writes nothing (no lock, no commit to flush).
        assertThat(updatedAt(tenant)).isEqualTo(writtenAt);
        // A read mark covering the checkpoint empties it (the tampered count is gone) without a full count.
        Api.as(Tokens.customer(tenant)).body(Map.of()).post("/api/v1/messages/markAllRead").then().statusCode(200);
        assertThat(kept(tenant)).isEqualTo(counted(tenant));
        assertThat(generationOf(tenant)).isEqualTo(generation());
    }

    @Test
    @DisplayName("a read mark set into the past, inside the checkpoint, makes the next count start over")
    void aReadMarkInThePast() {
        UUID tenant = UUID.randomUUID();
        List<UUID> old = writeOld(tenant, 4, Duration.ofMinutes(10), null);
        writeOld(tenant, 3, Duration.ofMinutes(5), null);
        kept(tenant);
        act(tenant, "markUnread", old.get(0));
        Api.as(Tokens.customer(tenant)).body(Map.of("before", Instant.now().minus(Duration.ofMinutes(7)).toString()))
                .post("/api/v1/messages/markAllRead").then().statusCode(200);
        assertThat(generationOf(tenant)).isEqualTo(-1);
        assertThat(kept(tenant)).isEqualTo(counted(tenant));
    }

    @Test
    @DisplayName("notifications and announcements only add messages: no checkpoint is thrown away for them")
    void newMessagesKeepTheCheckpoints() {
        long before = generation();
        UUID tenant = UUID.randomUUID();
        kept(tenant);
        Fixtures.publish("tenants", List.of(tenant.toString()));
        Fixtures.publish("everyone", List.of());
        assertThat(generation()).isEqualTo(before);
        assertThat(kept(tenant)).isEqualTo(counted(tenant));
    }

    @Test
    @DisplayName("parallel view actions and counts of one user leave the kept count equal to the counted one")
    void parallelActionsAndCounts() throws Exception {
        UUID tenant = UUID.randomUUID();
        List<UUID> old = writeOld(tenant, 12, Duration.ofMinutes(10), null);
        kept(tenant);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < old.size(); i++) {
                UUID id = old.get(i);
                String action = i % 3 == 0 ? "archive" : "markRead";
                calls.add(() -> {
                    act(tenant, action, id);
                    return null;
                });
                calls.add(() -> kept(tenant));
            }
            for (Future<Object> done : pool.invokeAll(calls)) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(kept(tenant)).isEqualTo(counted(tenant));
    }
}
