package io.partnerdesk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import io.partnerdesk.benchmarks.Results.AddedLatency;
import io.partnerdesk.benchmarks.Results.DatabaseLimit;
import io.partnerdesk.benchmarks.Results.Footprint;
import io.partnerdesk.benchmarks.Results.GatewayOverhead;
import io.partnerdesk.benchmarks.Results.LatencyPair;
import io.partnerdesk.benchmarks.Results.Machine;
import io.partnerdesk.benchmarks.Results.MixedWorkload;
import io.partnerdesk.benchmarks.Results.TokenCost;
import io.partnerdesk.benchmarks.api.KeycloakTokens;
import io.partnerdesk.benchmarks.api.PartnerApi;
import io.partnerdesk.benchmarks.api.PartnerApi.SubscriptionPool;
import io.partnerdesk.benchmarks.load.LoadGenerator;
import io.partnerdesk.benchmarks.load.RunResult;
import io.partnerdesk.benchmarks.load.Weighted;
import io.partnerdesk.benchmarks.system.MemorySampler;
import io.partnerdesk.benchmarks.system.Pgbench;
import io.partnerdesk.benchmarks.system.ProcessProbe;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume;
import io.partnerdesk.benchmarks.volume.MessageCenterVolume.StepResult;
import io.partnerdesk.localstack.JvmOptions;
import io.partnerdesk.localstack.LocalSuite;
import io.vertx.core.CompositeFuture;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;

/**
 * One benchmark run against a started {@link LocalSuite}: the six sections of docs/benchmarks.md, in an order where each
 * section's load also warms what the next one measures. Start-up times are taken first, while nothing else runs.
 */
public final class BenchmarkRun {

    static final List<String> PROCESSES = List.of("gateway", "subscriptions-service", "support-service",
            "messagecenter-service");
    /** Calls outstanding at most in a constant-rate run; beyond it, due calls queue and their wait counts. */
    private static final int MAX_IN_FLIGHT = 512;

    private final LocalSuite suite;
    private final Settings settings;
    private final KeycloakTokens tokens;

    public BenchmarkRun(LocalSuite suite, Settings settings) {
        this.suite = suite;
        this.settings = settings;
        this.tokens = new KeycloakTokens(suite.issuer());
    }

    /** The gateway's own rate limit (600 a minute per caller) would measure the limiter; the benchmark lifts it. */
    public static Map<String, String> gatewayEnvironment() {
        return Map.of("RATE_LIMIT_REQUESTS", "1000000000");
    }

    public Results run() throws IOException, InterruptedException, SQLException {
        Map<String, List<Duration>> startToReady = measureStartToReady();
        Thread.sleep(2_000);
        Map<String, Double> idle = new LinkedHashMap<>();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String process : PROCESSES) {
            pids.put(process, suite.pid(process));
            idle.put(process, ProcessProbe.rssMebibytes(suite.pid(process)));
        }
        try (MemorySampler memory = new MemorySampler(pids); LoadGenerator load = new LoadGenerator()) {
            String token = tokens.token();
            int connections = Math.max(settings.saturationCallers(), settings.databaseClients());
            HttpClient gatewayClient = load.client("127.0.0.1", suite.ports().gateway(), connections);
            HttpClient directClient = load.client("127.0.0.1", suite.ports().subscriptions(), connections);
            PartnerApi gateway = new PartnerApi(gatewayClient, "gateway", () -> token);
            PartnerApi direct = new PartnerApi(directClient, "direct", () -> token);
            SubscriptionPool subscriptions = createSubscriptions(load, direct);

            log("Warming up for " + settings.warmup().toSeconds() + " s");
            load.closedLoop("warm-up direct", direct.readSubscription("read"), settings.saturationCallers(),
                    settings.warmup());
            load.closedLoop("warm-up gateway", gateway.readSubscription("read"), settings.saturationCallers(),
                    settings.warmup());
            load.closedLoop("warm-up writes", direct.changeQuantity("patch", subscriptions), settings.databaseClients(),
                    settings.warmup().dividedBy(2));
            load.constantRate("warm-up mix", mix(gateway, subscriptions), 50, settings.warmup(), MAX_IN_FLIGHT);
            awaitOutboxesDrained();

            GatewayOverhead overhead = gatewayOverhead(load, direct, gateway);
            AddedLatency latency = addedLatency(load, direct, gateway, overhead);
            TokenCost tokenCost = tokenCost(load, gateway, token, overhead.gatewayThroughput());
            DatabaseLimit database = databaseLimit(load, direct, subscriptions);
            awaitOutboxesDrained();
            MixedWorkload mixed = mixedWorkload(load, gateway, subscriptions);
            List<StepResult> volume = messageCenterVolume();

            Map<String, Double> peaks = memory.peaks();
            List<Footprint> footprints = new ArrayList<>();
            for (String process : PROCESSES) {
                footprints
                        .add(new Footprint(process, startToReady.get(process), idle.get(process), peaks.get(process)));
            }
            String jvmOptions = "services `" + JvmOptions.SERVICES + "`, gateway `" + JvmOptions.GATEWAY + "`";
            return new Results(settings, machine(), jvmOptions, overhead, latency, tokenCost, database, mixed,
                    footprints, volume);
        }
    }

    /**
     * 5: the mix's own capacity first (closed loop, as many callers as section 1), then a constant rate of a share of
     * it: a rate the suite is meant to sustain, so that the latencies are of a working system, not of a queue.
     */
    private MixedWorkload mixedWorkload(LoadGenerator load, PartnerApi gateway, SubscriptionPool subscriptions)
            throws SQLException, InterruptedException {
        RunResult capacity = load.closedLoop("mixed capacity", mix(gateway, subscriptions),
                settings.saturationCallers(),
                settings.saturation());
        awaitOutboxesDrained();
        double rate = Math.max(10, Math.round(capacity.throughput() * settings.mixedShareOfCapacity()));
        log("Mixed partner workload: capacity " + Math.round(capacity.throughput()) + " calls/s; at " + rate
                + " calls/s for " + settings.mixed().toSeconds() + " s");
        return new MixedWorkload(capacity, rate,
                load.constantRate("mixed", mix(gateway, subscriptions), rate, settings.mixed(), MAX_IN_FLIGHT));
    }

    /**
     * 7: the Message Center as its data grows, read by a customer user of Tailspin through the gateway (after the load
     * sections, so the volume weighs on nothing else).
     */
    private List<StepResult> messageCenterVolume() throws SQLException {
        MessageCenterVolume volume = new MessageCenterVolume(suite.jdbcUrl("messagecenter"),
                java.net.URI.create("http://127.0.0.1:" + suite.ports().gateway()), PartnerApi.TAILSPIN.toString(),
                () -> tokens.userToken("tailspin-admin"), settings.volumeRounds(), settings.volumeCalls());
        // The mixed workload's notifications are still arriving; they would be counted into the volume's figures.
        awaitOutboxesDrained();
        List<StepResult> steps = new ArrayList<>();
        for (MessageCenterVolume.Step step : settings.volumeSteps()) {
            StepResult result = volume.measure(step);
            if (!steps.isEmpty()) {
                StepResult first = steps.get(0);
                long expected = first.unread() + MessageCenterVolume.unreadAmongLoaded(step.total())
                        - MessageCenterVolume.unreadAmongLoaded(first.step().total());
                if (result.unread() != expected) {
                    log("Unread count at " + step.total() + " messages is " + result.unread() + ", expected "
                            + expected);
                    result = new StepResult(result.step(), result.loading(), result.measures(), result.errors() + 1,
                            result.unread());
                }
            }
            log("Message Center at " + step.total() + " messages (" + step.customer() + " Tailspin's), loaded in "
                    + result.loading().toSeconds() + " s: " + result.measures().stream()
                            .map(m -> m.operation() + " " + String.format(java.util.Locale.ROOT, "%.1f", m.median())
                                    + " ms")
                            .collect(java.util.stream.Collectors.joining(", ")));
            steps.add(result);
        }
        return steps;
    }

    /** 6 (first half): each process stopped and started again, {@code restarts} times, one at a time. */
    private Map<String, List<Duration>> measureStartToReady() throws IOException, InterruptedException {
        Map<String, List<Duration>> times = new LinkedHashMap<>();
        for (int round = 0; round < settings.restarts(); round++) {
            for (String process : PROCESSES) {
                suite.stopService(process);
                Duration time = suite.restartService(process);
                log(process + " ready " + time.toMillis() + " ms after its process started");
                times.computeIfAbsent(process, name -> new ArrayList<>()).add(time);
            }
        }
        return times;
    }

    private SubscriptionPool createSubscriptions(LoadGenerator load, PartnerApi direct) {
        List<SubscriptionPool.Lease> created = load.onLoop(() -> {
            List<Future<SubscriptionPool.Lease>> pending = new ArrayList<>();
            for (int i = 0; i < settings.patchSubscriptions(); i++) {
                pending.add(direct.createSubscription(i));
            }
            return Future.all(pending).map(CompositeFuture::<SubscriptionPool.Lease> list);
        }, Duration.ofMinutes(1));
        return new SubscriptionPool(created);
    }

    /** The partner workload: mostly reads, some quantity changes, a few support requests and message reads. */
    private static List<Weighted> mix(PartnerApi api, SubscriptionPool subscriptions) {
        return List.of(new Weighted(api.listSubscriptions("list subscriptions"), 3),
                new Weighted(api.readSubscription("read subscription"), 3),
                new Weighted(api.changeQuantity("change quantity (PATCH)", subscriptions), 2),
                new Weighted(api.createSupportRequest("create support request"), 1),
                new Weighted(api.listMessages("list messages"), 1));
    }

    /** 1: closed-loop saturation, direct and gateway alternating, so drift over time hits both alike. */
    private GatewayOverhead gatewayOverhead(LoadGenerator load, PartnerApi direct, PartnerApi gateway) {
        List<RunResult> directRuns = new ArrayList<>();
        List<RunResult> gatewayRuns = new ArrayList<>();
        List<Double> gatewayCpu = new ArrayList<>();
        List<Double> serviceCpu = new ArrayList<>();
        long gatewayPid = suite.pid("gateway");
        long servicePid = suite.pid("subscriptions-service");
        for (int round = 1; round <= settings.saturationRounds(); round++) {
            Duration before = ProcessProbe.cpuTime(servicePid);
            RunResult directRun = load.closedLoop("direct saturation " + round, direct.readSubscription("read"),
                    settings.saturationCallers(), settings.saturation());
            serviceCpu.add(TokenCost.microsPerCall(ProcessProbe.cpuTime(servicePid).minus(before), directRun));
            before = ProcessProbe.cpuTime(gatewayPid);
            RunResult gatewayRun = load.closedLoop("gateway saturation " + round, gateway.readSubscription("read"),
                    settings.saturationCallers(), settings.saturation());
            gatewayCpu.add(TokenCost.microsPerCall(ProcessProbe.cpuTime(gatewayPid).minus(before), gatewayRun));
            directRuns.add(directRun);
            gatewayRuns.add(gatewayRun);
            log("Saturation round " + round + ": direct " + Math.round(directRun.throughput()) + "/s ("
                    + Math.round(serviceCpu.get(round - 1)) + " µs service CPU/call), gateway "
                    + Math.round(gatewayRun.throughput()) + "/s (" + Math.round(gatewayCpu.get(round - 1))
                    + " µs gateway CPU/call)");
        }
        return new GatewayOverhead(settings.saturationCallers(), directRuns, gatewayRuns, gatewayCpu, serviceCpu);
    }

    /**
     * 2: the same read at a constant rate of half the gateway's capacity (below both sides' saturation, so the
     * difference is the gateway's hop, not its queue), direct then gateway, in as many rounds as section 1.
     */
    private AddedLatency addedLatency(LoadGenerator load, PartnerApi direct, PartnerApi gateway,
            GatewayOverhead overhead) {
        double rate = Math.max(10, Math.round(Math.min(overhead.gatewayThroughput(), overhead.directThroughput()) / 2));
        List<LatencyPair> rounds = new ArrayList<>();
        for (int round = 1; round <= settings.saturationRounds(); round++) {
            rounds.add(latencyPair(load, direct, gateway, rate));
        }
        return new AddedLatency(rate, rounds);
    }

    private LatencyPair latencyPair(LoadGenerator load, PartnerApi direct, PartnerApi gateway, double rate) {
        double roundedRate = Math.max(10, Math.round(rate));
        log("Constant rate " + roundedRate + " calls/s for " + settings.constantRate().toSeconds()
                + " s, direct and gateway");
        RunResult directRun = load.constantRate("direct constant rate",
                List.of(new Weighted(direct.readSubscription("read"), 1)),
                roundedRate, settings.constantRate(), MAX_IN_FLIGHT);
        RunResult gatewayRun = load.constantRate("gateway constant rate",
                List.of(new Weighted(gateway.readSubscription("read"), 1)), roundedRate, settings.constantRate(),
                MAX_IN_FLIGHT);
        return new LatencyPair(roundedRate, directRun, gatewayRun);
    }

    /**
     * 3: the gateway's (and the service's) CPU time per call at one constant rate, once with one token reused (a
     * client that keeps its token until it expires) and once with a token never seen before on every call.
     */
    private TokenCost tokenCost(LoadGenerator load, PartnerApi gateway, String token, double gatewayCapacity) {
        double rate = Math.max(10, Math.round(Math.min(settings.tokenCostMaxRate(), gatewayCapacity / 4)));
        int calls = (int) Math.round(rate * settings.tokenCost().toNanos() / 1e9);
        log("Fetching " + calls + " new tokens from Keycloak for the fresh-token run");
        Iterator<String> fresh = tokens.fresh(calls).iterator();
        long gatewayPid = suite.pid("gateway");
        long servicePid = suite.pid("subscriptions-service");

        Duration gatewayBefore = ProcessProbe.cpuTime(gatewayPid);
        Duration serviceBefore = ProcessProbe.cpuTime(servicePid);
        RunResult warm = load.constantRate("one token reused",
                List.of(new Weighted(gateway.readSubscription("read"), 1)),
                rate, settings.tokenCost(), MAX_IN_FLIGHT);
        Duration gatewayWarm = ProcessProbe.cpuTime(gatewayPid).minus(gatewayBefore);
        Duration serviceWarm = ProcessProbe.cpuTime(servicePid).minus(serviceBefore);

        PartnerApi freshTokens = gateway.withTokens("gateway", () -> fresh.hasNext() ? fresh.next() : token);
        gatewayBefore = ProcessProbe.cpuTime(gatewayPid);
        serviceBefore = ProcessProbe.cpuTime(servicePid);
        RunResult freshRun = load.constantRate("new token per call",
                List.of(new Weighted(freshTokens.readSubscription("read"), 1)), rate, settings.tokenCost(),
                MAX_IN_FLIGHT);
        Duration gatewayFresh = ProcessProbe.cpuTime(gatewayPid).minus(gatewayBefore);
        Duration serviceFresh = ProcessProbe.cpuTime(servicePid).minus(serviceBefore);
        return new TokenCost(rate, warm, freshRun, gatewayWarm, gatewayFresh, serviceWarm, serviceFresh);
    }

    /** 4: pgbench's select-only and simple-update runs against the service's reads and PATCHes, same client count. */
    private DatabaseLimit databaseLimit(LoadGenerator load, PartnerApi direct, SubscriptionPool subscriptions)
            throws SQLException {
        int clients = settings.databaseClients();
        var missing = Pgbench.unavailable(settings.pgbench());
        Pgbench pgbench = null;
        if (missing.isPresent()) {
            log("pgbench skipped: " + missing.get() + "; the service's own reads and writes are still measured");
        } else {
            createDatabase("pgbench");
            pgbench = new Pgbench("127.0.0.1", suite.ports().postgres(), settings.pgbench());
            log("pgbench: initialising scale " + settings.pgbenchScale());
            pgbench.initialise(settings.pgbenchScale());
        }
        double selectTps = pgbench == null ? Double.NaN : pgbench.tps("-S", clients, settings.database());
        RunResult reads = load.closedLoop("service reads", direct.readSubscription("read"), clients,
                settings.database());
        log("pgbench -S " + Math.round(selectTps) + " tps, service GET " + Math.round(reads.throughput()) + "/s");
        // pgbench's rounds first, on a quiet database; then the service's, back to back. The outbox relay delivers the
        // PATCHes' events while they run, as it does in production: that delivery is part of what a write costs.
        List<Double> writeTps = new ArrayList<>();
        for (int round = 1; round <= settings.saturationRounds(); round++) {
            writeTps.add(pgbench == null ? Double.NaN : pgbench.tps("-N", clients, settings.database()));
        }
        List<RunResult> writes = new ArrayList<>();
        for (int round = 1; round <= settings.saturationRounds(); round++) {
            writes.add(load.closedLoop("service PATCHes " + round,
                    direct.changeQuantity("change quantity (PATCH)", subscriptions), clients, settings.database()));
            log("Write round " + round + ": pgbench -N " + Math.round(writeTps.get(round - 1))
                    + " tps, service PATCH " + Math.round(writes.get(round - 1).throughput()) + "/s");
        }
        return new DatabaseLimit(clients, selectTps, reads, writeTps, writes, missing.orElse(null));
    }

    /**
     * Waits until the producers' outbox relays have delivered every event the previous writes made, so that their
     * catching up (HTTP to messagecenter-service, its inserts) does not eat into the next section's measurement.
     */
    private void awaitOutboxesDrained() {
        try {
            Awaitility.await("outbox relays drained").atMost(Duration.ofMinutes(5)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofSeconds(2)).until(() -> {
                        long pending = pendingOutboxEvents();
                        if (pending > 0) {
                            log("Waiting for the outbox relays: " + pending + " events still to deliver");
                        }
                        return pending == 0;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Outbox events still undelivered after 5 minutes; see the services' logs");
        }
    }

    private long pendingOutboxEvents() throws SQLException {
        long pending = 0;
        for (String database : List.of("subscriptions", "support")) {
            try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(database), "postgres", "postgres");
                    Statement statement = connection.createStatement();
                    ResultSet count = statement
                            .executeQuery("select count(*) from event_outbox where status = 'PENDING'")) {
                count.next();
                pending += count.getLong(1);
            }
        }
        return pending;
    }

    private void createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(suite.jdbcUrl("postgres"), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement
                    .executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + name);
        }
    }

    private static Machine machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal"))
                .map(line -> Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB")
                .findFirst()
                .orElse("unknown");
        return new Machine(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), cpu,
                Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), gitCommit());
    }

    private static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String commit = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? commit : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    static void log(String line) {
        System.out.println("[benchmarks] " + line);
    }
}
