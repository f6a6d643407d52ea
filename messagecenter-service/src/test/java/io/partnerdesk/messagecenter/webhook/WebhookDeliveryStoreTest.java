package io.partnerdesk.messagecenter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.partnerdesk.messagecenter.Webhook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The claim and outcome SQL against PostgreSQL, with deliveries due an hour from now so that this replica's own
 * dispatcher (which claims at the real time) never takes them: only the claimers of the test do.
 */
@QuarkusTest
class WebhookDeliveryStoreTest {

    @Inject
    WebhookDeliveryStore store;

    @Inject
    WebhookFanOut fanOut;

    private final Instant later = Instant.now().plus(Duration.ofHours(1));

    private UUID webhook() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Webhook w = new Webhook();
            w.id = UUID.randomUUID();
            w.ownerKind = Webhook.OwnerKind.PARTNER;
            w.partnerId = "store-" + w.id.toString().substring(0, 8);
            w.url = "http://127.0.0.1:9/unused";
            w.enabled = true;
            w.secret = WebhookSigner.newSecret();
            w.eventTypes.add("subscription.changed");
            w.createdBy = "test";
            w.createdAt = Instant.now();
            w.updatedAt = w.createdAt;
            w.persist();
            return w.id;
        });
    }

    private void queue(UUID webhook, String subject, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                fanOut.queue(webhook, UUID.randomUUID(), "subscription.changed", subject, "{}", later, false);
            }
        });
    }

    private List<WebhookDeliveryStore.Claimed> mine(List<WebhookDeliveryStore.Claimed> claimed, UUID webhook) {
        return claimed.stream().filter(c -> c.webhookId().equals(webhook)).toList();
    }

    @Test
    @DisplayName("two replicas claiming at once never take the same delivery")
    void parallelClaimsAreDisjoint() throws Exception {
        UUID webhook = webhook();
        for (int i = 0; i < 12; i++) {
            queue(webhook, "subscription:" + UUID.randomUUID(), 1);
        }
        Instant at = later.plusSeconds(60);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<List<WebhookDeliveryStore.Claimed>>> claims = new ArrayList<>();
        for (String owner : List.of("replica-a", "replica-b")) {
            claims.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return mine(store.claim(owner, 100, 100, at, at.plusSeconds(60)), webhook);
            }));
        }
        List<WebhookDeliveryStore.Claimed> a = claims.get(0).get();
        List<WebhookDeliveryStore.Claimed> b = claims.get(1).get();
        Set<UUID> ids = new HashSet<>();
        a.forEach(c -> ids.add(c.id()));
        b.forEach(c -> assertThat(ids.add(c.id())).as("claimed twice: " + c.id()).isTrue());
        // What one replica skipped (locked by the other) it takes on its next pass.
        int rest = mine(store.claim("replica-a", 100, 100, at, at.plusSeconds(60)), webhook).size();
        assertThat(a.size() + b.size() + rest).isEqualTo(12);
    }

    @Test
    @DisplayName("only the oldest pending delivery of a subject is claimable, and at most the in-flight limit per webhook")
    void orderAndLimit() {
        UUID webhook = webhook();
        queue(webhook, "subscription:one", 3);
        for (int i = 0; i < 6; i++) {
            queue(webhook, "subscription:" + UUID.randomUUID(), 1);
        }
        Instant at = later.plusSeconds(60);
        List<WebhookDeliveryStore.Claimed> first = mine(store.claim("replica-a", 100, 4, at, at.plusSeconds(60)),
                webhook);
        assertThat(first).hasSize(4);
        // Four are in flight: nothing more until one finishes.
        assertThat(mine(store.claim("replica-b", 100, 4, at, at.plusSeconds(60)), webhook)).isEmpty();
        // After the leases run out, the rest: the subject with three deliveries still gives only its head.
        Instant afterLease = at.plusSeconds(120);
        List<WebhookDeliveryStore.Claimed> all = mine(store.claim("replica-b", 100, 100, afterLease,
                afterLease.plusSeconds(60)), webhook);
        assertThat(all).hasSize(7);
    }

    @Test
    @DisplayName("a failure past the retry horizon fails the delivery and disables the webhook, telling its owner")
    void horizonDisables() {
        UUID webhook = webhook();
        queue(webhook, "subscription:" + UUID.randomUUID(), 2);
        Instant at = later.plusSeconds(60);
        WebhookDeliveryStore.Claimed claimed = mine(store.claim("replica-a", 100, 100, at, at.plusSeconds(60)),
                webhook).get(0);
        RetrySchedule noRetry = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO);
        assertThat(store.record(claimed, "replica-b", new ReceiverClient.Outcome(500, null, 3), at, noRetry,
                new Random())).as("another replica's lease").isEqualTo(WebhookDeliveryStore.Result.LOST);
        assertThat(store.record(claimed, "replica-a", new ReceiverClient.Outcome(500, null, 3), at, noRetry,
                new Random())).isEqualTo(WebhookDeliveryStore.Result.FAILED);
        Webhook w = QuarkusTransaction.requiringNew().call(() -> {
            Webhook found = Webhook.findById(webhook);
            found.eventTypes.size();
            return found;
        });
        assertThat(w.enabled).isFalse();
        assertThat(w.disabledReason).contains("kept failing").contains("answered 500");
        long pending = QuarkusTransaction.requiringNew().call(() -> io.partnerdesk.messagecenter.WebhookDelivery
                .count("webhookId = ?1 and state = ?2", webhook,
                        io.partnerdesk.messagecenter.WebhookDelivery.State.PENDING));
        assertThat(pending).as("the webhook's other pending delivery fails with it").isZero();
        long notices = QuarkusTransaction.requiringNew().call(() -> io.partnerdesk.messagecenter.Message
                .count("subjectType = 'webhook' and subjectId = ?1", webhook.toString()));
        assertThat(notices).isEqualTo(1);
    }

    @Inject
    jakarta.persistence.EntityManager em;

    private long count(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).setParameter("id", id)
                .getSingleResult()).longValue());
    }

    @Test
    @DisplayName("events past their retention and finished deliveries past theirs are pruned; newer ones and pending ones stay")
    void prune() {
        Instant now = Instant.now();
        WebhookEvent old = new WebhookEvent(UUID.randomUUID(), "subscription.changed", now.minus(Duration.ofDays(8)),
                "prune-" + UUID.randomUUID(), UUID.randomUUID(), null, List.of(), "subscription:x", "{}");
        WebhookEvent recent = new WebhookEvent(UUID.randomUUID(), "subscription.changed", now.minusSeconds(60),
                old.partnerId(), old.tenantId(), null, List.of(), "subscription:x", "{}");
        QuarkusTransaction.requiringNew().run(() -> {
            fanOut.publish(old);
            fanOut.publish(recent);
        });
        UUID webhook = webhook();
        UUID[] deliveries = new UUID[3];
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                deliveries[i] = fanOut.queue(webhook, UUID.randomUUID(), "subscription.changed", "s:" + i, "{}", later,
                        false);
            }
            em.createNativeQuery("update webhook_deliveries set state = 'SUCCEEDED', finished_at = :at where id = :id")
                    .setParameter("at", now.minus(Duration.ofDays(31))).setParameter("id", deliveries[0])
                    .executeUpdate();
            em.createNativeQuery("update webhook_deliveries set state = 'FAILED', finished_at = :at where id = :id")
                    .setParameter("at", now.minus(Duration.ofDays(2))).setParameter("id", deliveries[1])
                    .executeUpdate();
        });
        store.pruneEvents(now.minus(Duration.ofDays(7)));
        store.pruneDeliveries(now.minus(Duration.ofDays(30)));
        assertThat(count("select count(*) from webhook_events where event_id = :id", old.id())).isZero();
        assertThat(count("select count(*) from webhook_events where event_id = :id", recent.id())).isEqualTo(1);
        assertThat(count("select count(*) from webhook_deliveries where id = :id", deliveries[0])).isZero();
        assertThat(count("select count(*) from webhook_deliveries where id = :id", deliveries[1])).isEqualTo(1);
        assertThat(count("select count(*) from webhook_deliveries where id = :id", deliveries[2])).isEqualTo(1);
    }
}
