package io.partnerdesk.outbox.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.partnerdesk.tracing.TraceParents;

/** The relay against a real PostgreSQL outbox table, with the consumer replaced by a scripted {@link EventSender}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxRelayTest {

    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
    private static final int MAX_ATTEMPTS = 3;
    private static final Duration MAX_AGE = Duration.ofHours(24);
    private static final OutboxRelay.Limits LIMITS = new OutboxRelay.Limits(LEASE, MAX_ATTEMPTS, MAX_AGE);

    private OutboxDatabase db;
    private MutableClock clock;
    private SimpleMeterRegistry registry;
    /** The relay's spans, as an exporter would receive them. */
    private final List<SpanData> spans = new CopyOnWriteArrayList<>();
    private SdkTracerProvider tracing;
    private Tracer tracer;

    @BeforeAll
    void startDatabase() {
        db = new OutboxDatabase();
    }

    @AfterAll
    void stopDatabase() {
        db.close();
    }

    @BeforeEach
    void clean() {
        db.clear();
        clock = new MutableClock();
        registry = new SimpleMeterRegistry();
        spans.clear();
        tracing = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
            @Override
            public CompletableResultCode export(java.util.Collection<SpanData> ended) {
                spans.addAll(ended);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        })).build();
        tracer = tracing.get("outbox-relay-test");
    }

    @AfterEach
    void stopTracing() {
        tracing.close();
    }

    private OutboxRelay relay(String id, EventSender sender, int batchSize) {
        return new OutboxRelay(id, new OutboxStore(db.dataSource), sender, BACKOFF,
                new OutboxMetrics(registry, "test-service", clock), clock, new Random(1), batchSize, LEASE, LIMITS,
                tracer);
    }

    /** A consumer that answers each event with what {@code script} says and remembers the order it saw them in. */
    private static final class ScriptedConsumer implements EventSender {
        final List<UUID> received = Collections.synchronizedList(new ArrayList<>());
        final Function<ClaimedEvent, Delivery> script;

        ScriptedConsumer(Function<ClaimedEvent, Delivery> script) {
            this.script = script;
        }

        @Override
        public Delivery send(ClaimedEvent event) {
            received.add(event.eventId());
            return script.apply(event);
        }
    }

    @Test
    void deliversPendingRowsOldestFirstAndMarksThemDelivered() {
        UUID first = db.insert("subscription:a", "subscription.changed", clock.instant());
        UUID second = db.insert("subscription:b", "subscription.created", clock.instant());
        ScriptedConsumer consumer = new ScriptedConsumer(e -> new Delivery.Delivered(201));

        OutboxRelay.Pass pass = relay("r1", consumer, 50).relayOnce();

        assertThat(pass).isEqualTo(new OutboxRelay.Pass(2, false));
        assertThat(consumer.received).containsExactly(first, second);
        assertThat(db.row(first).status()).isEqualTo("DELIVERED");
        assertThat(db.row(second).status()).isEqualTo("DELIVERED");
        assertThat(registry.get("outbox.deliveries").counter().count()).isEqualTo(2);
        assertThat(relay("r1", consumer, 50).relayOnce().claimed()).isZero();
    }

    @Test
    void eachDeliveryContinuesTheTraceOfTheChangeThatWroteTheRow() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String changeSpan = "00f067aa0ba902b7";
        UUID traced = db.insert("subscription:a", "subscription.changed", clock.instant(),
                "00-" + trace + "-" + changeSpan + "-01");
        UUID untraced = db.insert("subscription:b", "subscription.created", clock.instant());
        UUID malformed = db.insert("subscription:c", "subscription.created", clock.instant(), "00-not-a-trace");
        Map<UUID, String> sentWith = new ConcurrentHashMap<>();
        ScriptedConsumer consumer = new ScriptedConsumer(e -> {
            sentWith.put(e.eventId(), String.valueOf(TraceParents.current()));
            return e.eventId().equals(malformed) ? new Delivery.Rejected(422, "no") : new Delivery.Delivered(201);
        });

        relay("r1", consumer, 50).relayOnce();

        assertThat(spans).hasSize(3);
        SpanData delivery = span(traced);
        assertThat(delivery.getName()).isEqualTo("deliver subscription.changed");
        assertThat(delivery.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(delivery.getTraceId()).isEqualTo(trace);
        assertThat(delivery.getParentSpanId()).as("the change's span").isEqualTo(changeSpan);
        assertThat(delivery.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        // What the sender passes on as traceparent: the delivery's own span, in the change's trace.
        assertThat(sentWith.get(traced)).isEqualTo("00-" + trace + "-" + delivery.getSpanId() + "-01");

        // Without a stored trace (or with one that is no traceparent) the delivery starts a trace of its own.
        for (UUID id : List.of(untraced, malformed)) {
            SpanData own = span(id);
            assertThat(own.getTraceId()).isNotEqualTo(trace);
            assertThat(own.getParentSpanContext().isValid()).isFalse();
            assertThat(sentWith.get(id)).contains(own.getTraceId());
        }
        assertThat(span(malformed).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(db.row(malformed).status()).isEqualTo("PARKED");
    }

    private SpanData span(UUID eventId) {
        return spans.stream()
                .filter(s -> eventId.toString().equals(
                        s.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))))
                .findFirst().orElseThrow();
    }

    @Test
    void aFailedDeliveryIsRetriedWithGrowingJitteredBackoffAndOnlyA2xxCompletesIt() {
        UUID id = db.insert("subscription:a", "subscription.changed", clock.instant());
        AtomicInteger calls = new AtomicInteger();
        ScriptedConsumer consumer = new ScriptedConsumer(e -> calls.incrementAndGet() <= 2
                ? new Delivery.Failed("http_503", "HTTP 503: Service Unavailable")
                : new Delivery.Delivered(201));
        OutboxRelay relay = relay("r1", consumer, 50);

        Instant firstAttempt = clock.instant();
        assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(1, true));
        OutboxDatabase.Row afterOne = db.row(id);
        assertThat(afterOne.status()).isEqualTo("PENDING");
        assertThat(afterOne.attempts()).isEqualTo(1);
        assertThat(afterOne.lastError()).isEqualTo("HTTP 503: Service Unavailable");
        assertThat(afterOne.claimedBy()).isNull();
        assertThat(Duration.between(firstAttempt, afterOne.nextAttemptAt())).isBetween(Duration.ofMillis(250),
                Duration.ofMillis(500));

        // Not before its time: the same instant claims nothing.
        assertThat(relay.relayOnce().claimed()).isZero();
        assertThat(calls).hasValue(1);

        clock.advance(Duration.ofMillis(500));
        Instant secondAttempt = clock.instant();
        relay.relayOnce();
        OutboxDatabase.Row afterTwo = db.row(id);
        assertThat(afterTwo.attempts()).isEqualTo(2);
        assertThat(Duration.between(secondAttempt, afterTwo.nextAttemptAt())).isBetween(Duration.ofMillis(500),
                Duration.ofSeconds(1)); // doubled

        clock.advance(Duration.ofSeconds(1));
        assertThat(relay.relayOnce()).isEqualTo(new OutboxRelay.Pass(1, false));
        assertThat(db.row(id).status()).isEqualTo("DELIVERED");
        assertThat(calls).hasValue(3);
        assertThat(registry.get("outbox.delivery.failures").tag("kind", "http_503").counter().count()).isEqualTo(2);
    }

    @Test
    void aFailingRowHoldsBackLaterEventsOfItsSubjectOnly() {
        UUID a1 = db.insert("subscription:a", "subscription.changed", clock.instant());
        UUID a2 = db.insert("subscription:a", "subscription.changed", clock.instant());
        UUID b1 = db.insert("subscription:b", "subscription.changed", clock.instant());
        Set<UUID> failing = new HashSet<>(Set.of(a1));
        ScriptedConsumer consumer = new ScriptedConsumer(e -> failing.contains(e.eventId())
                ? new Delivery.Failed("http_500", "HTTP 500")
                : new Delivery.Delivered(201));
        OutboxRelay relay = relay("r1", consumer, 50);

        relay.relayOnce(); // a1 fails on its own (500): the pass goes on, b1 goes
        relay.relayOnce(); // a1 waits for its backoff, a2 must wait behind it
        assertThat(db.row(b1).status()).isEqualTo("DELIVERED");
        assertThat(db.row(a2).status()).isEqualTo("PENDING");
        assertThat(consumer.received).doesNotContain(a2);

        failing.clear();
        clock.advance(Duration.ofSeconds(1));
        relay.relayOnce();
        relay.relayOnce();
        assertThat(consumer.received).containsSubsequence(a1, a2);
        assertThat(db.rows("where status = 'PENDING'")).isEmpty();
    }

    @Test
    void aRefusedRowIsParkedWithItsErrorAndDoesNotBlockTheRowsBehindIt() {
        UUID refused = db.insert("support-request:1", "support-request.note-added", clock.instant());
        UUID behind = db.insert("support-request:1", "support-request.status-changed", clock.instant());
        ScriptedConsumer consumer = new ScriptedConsumer(e -> e.eventId().equals(refused)
                ? new Delivery.Rejected(422, "Event not accepted: data.number is required")
                : new Delivery.Delivered(201));
        OutboxRelay relay = relay("r1", consumer, 50);

        relay.relayOnce();
        relay.relayOnce();

        OutboxDatabase.Row parked = db.row(refused);
        assertThat(parked.status()).isEqualTo("PARKED");
        assertThat(parked.lastError()).isEqualTo("HTTP 422: Event not accepted: data.number is required");
        assertThat(db.row(behind).status()).isEqualTo("DELIVERED");
        assertThat(consumer.received).containsExactly(refused, behind); // the parked one is never retried
        assertThat(registry.get("outbox.parked").counter().count()).isEqualTo(1);

        assertThat(new OutboxStore(db.dataSource).backlog()).isEqualTo(new Backlog(0, null, 1));
    }

    @Test
    void aRelayThatDiesHoldsItsRowsOnlyUntilTheLeaseRunsOut() {
        UUID id = db.insert("subscription:a", "subscription.changed", clock.instant());
        OutboxStore store = new OutboxStore(db.dataSource);
        // r1 claims and dies before recording an outcome.
        assertThat(store.claim("r1", 10, clock.instant(), clock.instant().plus(LEASE))).hasSize(1);

        ScriptedConsumer consumer = new ScriptedConsumer(e -> new Delivery.Delivered(200));
        OutboxRelay r2 = relay("r2", consumer, 10);
        assertThat(r2.relayOnce().claimed()).isZero();

        clock.advance(LEASE);
        assertThat(r2.relayOnce().claimed()).isEqualTo(1);
        assertThat(db.row(id).status()).isEqualTo("DELIVERED");
        // r1's late outcome no longer touches a row it lost.
        assertThat(store.retryLater(1, "r1", 1, clock.instant(), "late")).isFalse();
    }

    @Test
    void twoRelaysOnOneTableNeverDeliverTheSameRowTwiceAndKeepEachSubjectInOrder() throws Exception {
        int subjects = 20;
        int perSubject = 15;
        Map<String, List<UUID>> written = new ConcurrentHashMap<>();
        for (int n = 0; n < perSubject; n++) {
            for (int s = 0; s < subjects; s++) {
                String subject = "subscription:" + s;
                written.computeIfAbsent(subject, k -> new ArrayList<>())
                        .add(db.insert(subject, "subscription.changed", clock.instant()));
            }
        }
        Map<UUID, String> inFlight = new ConcurrentHashMap<>();
        List<String> overlaps = Collections.synchronizedList(new ArrayList<>());
        Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        Map<String, List<UUID>> seenPerSubject = new ConcurrentHashMap<>();
        Map<UUID, String> subjectOf = new ConcurrentHashMap<>();
        written.forEach((subject, ids) -> ids.forEach(id -> subjectOf.put(id, subject)));
        Map<String, AtomicInteger> perRelay = new ConcurrentHashMap<>();

        Function<String, EventSender> consumerFor = relayId -> event -> {
            if (inFlight.putIfAbsent(event.eventId(), relayId) != null) {
                overlaps.add(event.eventId() + " sent by " + relayId + " while " + inFlight.get(event.eventId()));
            }
            try {
                Thread.sleep(1); // a delivery takes time: the relays overlap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deliveries.computeIfAbsent(event.eventId(), k -> new AtomicInteger()).incrementAndGet();
            seenPerSubject.computeIfAbsent(subjectOf.get(event.eventId()),
                    k -> Collections.synchronizedList(new ArrayList<>())).add(event.eventId());
            perRelay.computeIfAbsent(relayId, k -> new AtomicInteger()).incrementAndGet();
            inFlight.remove(event.eventId());
            return new Delivery.Delivered(201);
        };

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (String relayId : List.of("replica-1", "replica-2")) {
            OutboxRelay relay = relay(relayId, consumerFor.apply(relayId), 7);
            runs.add(pool.submit(() -> {
                start.await();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!db.rows("where status = 'PENDING'").isEmpty() && System.nanoTime() < deadline) {
                    relay.relayOnce();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(90, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(overlaps).isEmpty();
        assertThat(deliveries).hasSize(subjects * perSubject);
        assertThat(deliveries.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        written.forEach(
                (subject, ids) -> assertThat(seenPerSubject.get(subject)).as(subject).containsExactlyElementsOf(ids));
        assertThat(db.rows("where status <> 'DELIVERED'")).isEmpty();
        assertThat(perRelay.keySet()).as("both relays took part").containsExactlyInAnyOrder("replica-1", "replica-2");
    }

    @Test
    void aPoisonEventIsParkedAfterTheLimitWhileEveryOtherSubjectFlowsAndARetryDeliversItOnce() {
        UUID poison = db.insert("subscription:poison", "subscription.created", clock.instant());
        UUID behindPoison = db.insert("subscription:poison", "subscription.changed", clock.instant());
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            others.add(db.insert("subscription:other-" + (i % 2), "subscription.changed", clock.instant()));
        }
        Set<UUID> failing = new HashSet<>(Set.of(poison));
        ScriptedConsumer consumer = new ScriptedConsumer(e -> failing.contains(e.eventId())
                ? new Delivery.Failed("http_500", "HTTP 500: Internal error")
                : new Delivery.Delivered(201));
        OutboxRelay relay = relay("r1", consumer, 50);

        for (int pass = 0; pass < 6; pass++) {
            relay.relayOnce();
            clock.advance(Duration.ofSeconds(30)); // past any backoff
        }
        OutboxDatabase.Row parked = db.row(poison);
        assertThat(parked.status()).isEqualTo("PARKED");
        assertThat(parked.attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(parked.lastError()).isEqualTo("gave up after 3 attempts: HTTP 500: Internal error");
        assertThat(consumer.received.stream().filter(poison::equals)).hasSize(MAX_ATTEMPTS);
        // The other subjects went through in order meanwhile, and the poison subject's next event once it was parked.
        assertThat(consumer.received).containsSubsequence(others.get(0), others.get(2));
        assertThat(consumer.received).containsSubsequence(others.get(1), others.get(3));
        others.forEach(id -> assertThat(db.row(id).status()).isEqualTo("DELIVERED"));
        assertThat(db.row(behindPoison).status()).isEqualTo("DELIVERED");

        // The consumer is fixed; an operator retries: delivered exactly once more.
        failing.clear();
        var repair = new io.partnerdesk.outbox.operations.OutboxRepair(db.dataSource);
        var retried = repair.retry(poison, "vianet-operator", clock.instant());
        assertThat(retried.entry().status()).isEqualTo("pending");
        assertThat(retried.entry().previousAttempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(retried.entry().attempts()).isZero();
        relay.relayOnce();
        relay.relayOnce();
        assertThat(db.row(poison).status()).isEqualTo("DELIVERED");
        assertThat(consumer.received.stream().filter(poison::equals)).hasSize(MAX_ATTEMPTS + 1);
        assertThat(repair.retry(poison, "vianet-operator", clock.instant()).refusal())
                .isEqualTo(io.partnerdesk.outbox.operations.OutboxRepair.Refusal.ALREADY_DELIVERED);
    }

    @Test
    void aDiscardedEventIsNeverDeliveredAndNoLongerHoldsBackItsSubject() {
        UUID discarded = db.insert("support-request:7", "support-request.created", clock.instant());
        UUID behind = db.insert("support-request:7", "support-request.note-added", clock.instant());
        var repair = new io.partnerdesk.outbox.operations.OutboxRepair(db.dataSource);
        var outcome = repair.discard(discarded, "vianet-operator", "test record", clock.instant());
        assertThat(outcome.entry().status()).isEqualTo("discarded");
        assertThat(outcome.entry().resolution()).isEqualTo("discarded: test record");
        assertThat(outcome.entry().resolvedBy()).isEqualTo("vianet-operator");

        ScriptedConsumer consumer = new ScriptedConsumer(e -> new Delivery.Delivered(201));
        OutboxRelay relay = relay("r1", consumer, 50);
        relay.relayOnce();
        relay.relayOnce();
        assertThat(consumer.received).containsExactly(behind);
        assertThat(db.row(discarded).status()).isEqualTo("DISCARDED");
        assertThat(repair.retry(discarded, "vianet-operator", clock.instant()).refusal())
                .isEqualTo(io.partnerdesk.outbox.operations.OutboxRepair.Refusal.ALREADY_DISCARDED);
        assertThat(repair.retry(UUID.randomUUID(), "vianet-operator", clock.instant()).refusal())
                .isEqualTo(io.partnerdesk.outbox.operations.OutboxRepair.Refusal.NOT_FOUND);
    }

    @Test
    void anOutageOfTheWholeConsumerNeverParksByCountOnlyByAge() {
        UUID id = db.insert("subscription:a", "subscription.changed", clock.instant());
        ScriptedConsumer consumer = new ScriptedConsumer(e -> new Delivery.Failed("http_503", "HTTP 503"));
        OutboxRelay relay = relay("r1", consumer, 50);
        for (int pass = 0; pass < 10; pass++) {
            assertThat(relay.relayOnce().consumerFailing()).isTrue();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(db.row(id).status()).isEqualTo("PENDING");
        assertThat(db.row(id).attempts()).isEqualTo(10);

        clock.advance(MAX_AGE);
        relay.relayOnce();
        assertThat(db.row(id).status()).isEqualTo("PARKED");
        assertThat(db.row(id).lastError()).startsWith("gave up after PT24H").endsWith("undelivered: HTTP 503");
    }

    @Test
    void aDatabaseThatFailsAfterTheSendLosesNothingTheRowGoesAgainAfterItsLease() {
        UUID id = db.insert("subscription:a", "subscription.changed", clock.instant());
        AtomicInteger failing = new AtomicInteger();
        // The database, as the relay sees it: refuses connections while `failing` is set (an outage, a failover).
        javax.sql.DataSource flaky = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{ javax.sql.DataSource.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && failing.get() > 0) {
                        throw new java.sql.SQLException("connection refused", "08001");
                    }
                    try {
                        return method.invoke(db.dataSource, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        // The consumer takes the event, then the database goes away before the relay records the delivery.
        ScriptedConsumer consumer = new ScriptedConsumer(e -> {
            failing.set(1);
            return new Delivery.Delivered(201);
        });
        OutboxRelay relay = new OutboxRelay("r1", new OutboxStore(flaky), consumer, BACKOFF,
                new OutboxMetrics(registry, "test-service", clock), clock, new Random(1), 10, LEASE, LIMITS, tracer);

        org.assertj.core.api.Assertions.assertThatThrownBy(relay::relayOnce)
                .isInstanceOf(OutboxStore.OutboxStoreException.class);
        assertThat(db.row(id).status()).as("not recorded, so still to deliver").isEqualTo("PENDING");

        // The database is back: the row waits out the lease of the pass that failed, then goes again (the consumer
        // dedupes by event id) and is recorded this time.
        failing.set(0);
        ScriptedConsumer after = new ScriptedConsumer(e -> new Delivery.Delivered(200));
        OutboxRelay next = new OutboxRelay("r1", new OutboxStore(flaky), after, BACKOFF,
                new OutboxMetrics(registry, "test-service", clock), clock, new Random(1), 10, LEASE, LIMITS, tracer);
        assertThat(next.relayOnce().claimed()).as("leased by the failed pass").isZero();
        clock.advance(LEASE);
        assertThat(next.relayOnce().claimed()).isEqualTo(1);
        assertThat(after.received).containsExactly(id);
        assertThat(db.row(id).status()).isEqualTo("DELIVERED");
    }

    @Test
    void aRefusedServiceTokenParksTheRowInsteadOfRetryingForever() {
        UUID id = db.insert("subscription:a", "subscription.changed", clock.instant());
        ScriptedConsumer consumer = new ScriptedConsumer(e -> new Delivery.Rejected(403,
                "the consumer refused this service's token: it needs the realm role 'service'"));
        relay("r1", consumer, 50).relayOnce();
        assertThat(db.row(id).status()).isEqualTo("PARKED");
        assertThat(db.row(id).lastError()).contains("role 'service'");
    }

    @Test
    void underASlowConsumerTwoRelaysNeverSendOneRowAtTheSameTime() throws Exception {
        // A short claim lease and a consumer slower than it: without a lease renewed per row, the second relay claims
        // rows the first still has in its batch and both send them at once.
        for (int i = 0; i < 12; i++) {
            db.insert("subscription:slow-" + i, "subscription.changed", clock.instant());
        }
        Map<UUID, String> inFlight = new ConcurrentHashMap<>();
        List<String> overlaps = Collections.synchronizedList(new ArrayList<>());
        Map<UUID, AtomicInteger> sends = new ConcurrentHashMap<>();
        java.time.Clock real = java.time.Clock.systemUTC();
        Function<String, EventSender> consumerFor = relayId -> event -> {
            if (inFlight.putIfAbsent(event.eventId(), relayId) != null) {
                overlaps.add(event.eventId() + " sent by " + relayId + " while " + inFlight.get(event.eventId()));
            }
            try {
                Thread.sleep(120);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sends.computeIfAbsent(event.eventId(), k -> new AtomicInteger()).incrementAndGet();
            inFlight.remove(event.eventId());
            return new Delivery.Delivered(201);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (String relayId : List.of("replica-1", "replica-2")) {
            OutboxRelay relay = new OutboxRelay(relayId, new OutboxStore(db.dataSource), consumerFor.apply(relayId),
                    BACKOFF, new OutboxMetrics(registry, "test-service", real), real, new Random(1), 12,
                    Duration.ofMillis(200), new OutboxRelay.Limits(Duration.ofSeconds(5), MAX_ATTEMPTS, MAX_AGE),
                    tracer);
            runs.add(pool.submit(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!db.rows("where status = 'PENDING'").isEmpty() && System.nanoTime() < deadline) {
                    relay.relayOnce();
                    Thread.sleep(30);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(overlaps).isEmpty();
        assertThat(sends).hasSize(12);
        assertThat(db.rows("where status <> 'DELIVERED'")).isEmpty();
    }

    @Test
    void deliveredRowsArePrunedAfterTheRetentionAndNothingElseIs() {
        UUID old = db.insert("subscription:a", "subscription.changed", clock.instant());
        UUID parked = db.insert("subscription:b", "subscription.changed", clock.instant());
        relay("r1", e -> e.eventId().equals(parked) ? new Delivery.Rejected(422, "no") : new Delivery.Delivered(201),
                50)
                .relayOnce();
        clock.advance(Duration.ofDays(8));
        UUID recent = db.insert("subscription:c", "subscription.changed", clock.instant());
        relay("r1", e -> new Delivery.Delivered(201), 50).relayOnce();
        UUID pending = db.insert("subscription:d", "subscription.changed", clock.instant());

        int pruned = new OutboxStore(db.dataSource).pruneDelivered(clock.instant().minus(Duration.ofDays(7)), 1000);

        assertThat(pruned).isEqualTo(1);
        assertThat(db.row(old)).isNull();
        assertThat(db.row(parked).status()).isEqualTo("PARKED");
        assertThat(db.row(recent).status()).isEqualTo("DELIVERED");
        assertThat(db.row(pending).status()).isEqualTo("PENDING");
    }

    @Test
    void backlogGaugesShowPendingRowsTheirAgeAndParkedRows() {
        Instant written = clock.instant();
        db.insert("subscription:a", "subscription.changed", written);
        db.insert("subscription:b", "subscription.changed", written.plusSeconds(1));
        OutboxMetrics metrics = new OutboxMetrics(registry, "subscriptions-service", clock);
        metrics.backlog(new OutboxStore(db.dataSource).backlog());
        clock.advance(Duration.ofSeconds(42));

        assertThat(registry.get("outbox.backlog.rows").tag("service", "subscriptions-service").gauge().value())
                .isEqualTo(2);
        assertThat(registry.get("outbox.oldest.pending.age.seconds").gauge().value()).isEqualTo(42);
        assertThat(registry.get("outbox.parked.rows").gauge().value()).isZero();
    }
}
