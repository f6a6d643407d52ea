package io.partnerdesk.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.partnerdesk.e2e.KeycloakTokens;
import io.partnerdesk.e2e.Outboxes;
import io.partnerdesk.localstack.LocalSuite;
import io.partnerdesk.localstack.SuitePorts;
import io.partnerdesk.testing.SchemaCheck;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A property-based fuzz test (jqwik) driven by the committed OpenAPI documents, against a suite of its own (real
 * services, their real PostgreSQL, the gateway, tokens from the real Keycloak; started here, in {@code
 * target/fuzz-suite}, so its records never meet the other end-to-end classes'). Every public operation is called by
 * every role (partner, other partner, customer, other customer, engineer, operator) with valid and mutated requests
 * ({@link RequestGenerator}); every answer must keep four promises:
 * <ol>
 * <li>no 5xx, ever;</li>
 * <li>every 4xx is {@code application/problem+json} with its status and {@code requestId};</li>
 * <li>every answer matches the document: a declared status, and a body that fits the declared schema;</li>
 * <li>no answer to one partner or tenant carries another's ids (beyond those the caller itself sent).</li>
 * </ol>
 * Afterwards every role is still answered normally and the outboxes drain. Seeded (jqwik's seed below, and
 * {@code -Dpartnerdesk.fuzz.salt} to explore others) and bounded ({@code -Djqwik.tries.default}, 2,000 by default in
 * {@code junit-platform.properties}); a failure prints the seeds, the request and a {@code curl} reproducer.
 */
class ContractFuzzTest {

    private static final List<String> ROLES = List.of("partner", "other-partner", "customer", "other-customer",
            "engineer", "operator");
    private static final Map<String, String> USERS = Map.of("partner", "contoso-admin", "other-partner",
            "fabrikam-admin", "customer", "tailspin-admin", "other-customer", "wingtip-admin", "engineer",
            "vianet-engineer", "operator", "vianet-operator");
    private static final String TAILSPIN = "11111111-1111-4111-8111-111111111111";
    private static final String WINGTIP = "22222222-2222-4222-8222-222222222222";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SALT = Long.getLong("partnerdesk.fuzz.salt", 0L);

    private static LocalSuite suite;
    private static String base;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static final Map<String, List<String>> IDS = new HashMap<>();
    /** Per role, the ids it must never be shown: the other partner's and the other tenants' records. */
    private static final Map<String, Set<String>> FORBIDDEN = new HashMap<>();
    private static List<ApiOperation> operations;
    /**
     * HTTP/2 when the gateway agrees (h2c upgrade), as Java's client does by default: hostile callers choose their
     * protocol too, and HTTP/2 has limits of its own (the path counts as a header).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();

    @BeforeContainer
    static void startSuite() {
        operations = ApiOperation.load(Path.of("..", "openapi"), "subscriptions-service.yaml", "support-service.yaml",
                "messagecenter-service.yaml");
        suite = new LocalSuite(Path.of(".."), Path.of("target/fuzz-suite"), SuitePorts.free());
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stop));
        suite.start();
        base = suite.gatewayUrl();
        KeycloakTokens keycloak = new KeycloakTokens(suite.issuer());
        ROLES.forEach(role -> TOKENS.put(role, keycloak.user(USERS.get(role))));
        createRecords();
    }

    @AfterContainer
    static void everyoneStillAnsweredThenStop() throws InterruptedException {
        try {
            System.out.printf("Contract fuzz: %d requests, statuses %s%n", SENT.get(), STATUSES);
            if (base != null) {
                for (String role : ROLES) {
                    as(TOKENS.get(role)).get("/api/v1/offers").then().statusCode(200);
                    as(TOKENS.get(role)).get("/api/v1/messages").then().statusCode(200);
                    as(TOKENS.get(role)).get("/api/v1/support-topics").then().statusCode(200);
                }
                as(TOKENS.get("partner")).get("/api/v1/customers").then().statusCode(200);
                as(TOKENS.get("customer")).get("/api/v1/customers/" + TAILSPIN + "/subscriptions").then()
                        .statusCode(200);
                Outboxes.awaitDrained(suite, Duration.ofSeconds(90));
                assertThat(Outboxes.statuses(suite, "subscriptions").get("PARKED")).as("parked subscription events")
                        .isZero();
                assertThat(Outboxes.statuses(suite, "support").get("PARKED")).as("parked support events").isZero();
                assertThat(Outboxes.statuses(suite, "messagecenter").get("PARKED")).as("parked service-health events")
                        .isZero();
            }
        } finally {
            if (suite != null) {
                suite.stop();
            }
        }
    }

    @Property(seed = "20261130", shrinking = ShrinkingMode.OFF)
    void contractHolds(@ForAll("requests") FuzzRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request);
        SENT.incrementAndGet();
        synchronized (STATUSES) {
            STATUSES.merge(response.statusCode(), 1, Integer::sum);
        }
        List<String> broken = check(request, response);
        assertThat(broken).as("%s%n  answer %d %s%n  (salt %d) TOKEN=<a token of %s>; %s", request.summary(),
                response.statusCode(), abbreviate(response.body()), SALT, USERS.get(request.role()),
                request.curl(base)).isEmpty();
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        Arbitrary<ApiOperation> operation = Arbitraries.of(operations);
        Arbitrary<String> role = Arbitraries.of(ROLES);
        Arbitrary<Random> randomness = Arbitraries.randomValue(random -> new Random(random.nextLong() ^ SALT));
        return Combinators.combine(operation, role, randomness)
                .as((op, caller, random) -> new RequestGenerator(random, IDS).next(SENT.get(), caller, op));
    }

    private static HttpResponse<String> send(FuzzRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKENS.get(request.role()))
                .header("Accept", "application/json");
        request.headers().forEach(builder::header);
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
            builder.method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the answer breaks, if anything: each a line for the report. */
    private static List<String> check(FuzzRequest request, HttpResponse<String> response) {
        List<String> broken = new ArrayList<>();
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            broken.add("5xx: " + status);
        }
        if (response.headers().firstValue("X-Request-Id").isEmpty()) {
            broken.add("no X-Request-Id on the answer");
        }
        JsonNode body = parse(response.body());
        if (status >= 400) {
            if (!contentType.startsWith("application/problem+json")) {
                broken.add(status + " is not application/problem+json but '" + contentType + "'");
            } else if (body == null || body.path("status").asInt() != status || !body.path("requestId").isTextual()) {
                broken.add(status + " problem without its status or requestId");
            }
        }
        ApiResponse documented = request.operation().response(status);
        String path = request.target().split("\\?", 2)[0];
        if (path.contains("/../") || path.endsWith("/..")) {
            // A dot segment resolves to another resource (or none): the operation's own list of statuses no longer
            // applies, the promises above still do.
            documented = null;
        } else if (documented == null) {
            broken.add(status + " is not a status the document declares for " + request.operation().name());
        }
        if (documented != null && body != null && documented.getContent() != null) {
            String mediaType = contentType.split(";")[0].trim();
            MediaType media = documented.getContent().get(mediaType);
            if (media == null) {
                broken.add(status + " answered " + mediaType + ", the document declares "
                        + documented.getContent().keySet());
            } else {
                SchemaCheck.violations(body, media.getSchema())
                        .forEach(v -> broken.add("body breaks the document: " + v));
            }
        }
        Set<String> leaked = new HashSet<>(FORBIDDEN.getOrDefault(request.role(), Set.of()));
        leaked.removeIf(id -> request.target().contains(id) || (request.body() != null && request.body().contains(id)));
        leaked.removeIf(id -> !response.body().contains(id));
        if (!leaked.isEmpty()) {
            broken.add(request.role() + " was shown records of another partner or tenant: " + leaked);
        }
        return broken;
    }

    // ---- the run's own records: ids for the generator, and who may see which

    private static void createRecords() {
        String operator = TOKENS.get("operator");
        String offer = created(as(operator).body(Map.of("name", "Fuzz offer " + UUID.randomUUID(), "product", "Fuzz",
                "unitType", "licenses", "billingCycles", List.of("monthly", "annual"), "minQuantity", 1,
                "maxQuantity", 500, "trialAllowed", true)).post("/api/v1/offers"));
        String topic = created(as(operator).body(Map.of("name", "Fuzz topic " + UUID.randomUUID(), "description",
                "Records of the contract fuzz test.")).post("/api/v1/support-topics"));
        String message = created(as(operator).body(Map.of("title", "Fuzz announcement", "body", "For everyone.",
                "category", "stayInformed", "severity", "normal", "audience", Map.of("type", "everyone")))
                .post("/api/v1/messages"));
        String issue = created(as(operator).body(Map.of("service", "Exchange Online", "title", "Fuzz advisory",
                "impactDescription", "None: a test record.", "classification", "advisory"))
                .post("/api/v1/service-health/issues"));
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(30))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String maintenance = created(as(operator).body(Map.of("service", "Exchange Online", "title",
                "Fuzz maintenance", "description", "None: a test record.", "impact", "None.", "startsAt",
                start.toString(), "endsAt", start.plusSeconds(3600).toString()))
                .post("/api/v1/service-health/maintenances"));
        put("maintenanceId", maintenance);
        put("offerId", offer);
        put("topicId", topic);
        put("messageId", message);
        put("messageIds", message);
        put("issueId", issue);
        put("healthIssueId", issue);
        put("service", "subscriptions");
        put("service", "support");
        put("service", "messagecenter");

        Side contoso = side(TOKENS.get("partner"), TOKENS.get("customer"), TAILSPIN, offer, topic, issue);
        Side fabrikam = side(TOKENS.get("other-partner"), TOKENS.get("other-customer"), WINGTIP, offer, topic, issue);
        FORBIDDEN.put("partner", fabrikam.all());
        FORBIDDEN.put("other-partner", contoso.all());
        FORBIDDEN.put("customer", union(fabrikam.all(), contoso.secondTenant()));
        FORBIDDEN.put("other-customer", union(contoso.all(), fabrikam.secondTenant()));
    }

    /** One partner's records: all of them, and those of its second tenant (which its seeded tenant must not see). */
    private record Side(Set<String> all, Set<String> secondTenant) {
    }

    /**
     * One partner's world: a customer of its own next to its seeded tenant, a subscription under each, a change request
     * by the seeded tenant's user, a support request about the seeded tenant (linked to the health issue, which both
     * partners' requests are: each must see only its own among the issue's requests), a problem report by the seeded
     * tenant.
     */
    private static Side side(String partner, String customer, String tenant, String offer, String topic,
            String healthIssue) {
        String ownCustomer = created(as(partner).body(Map.of("companyName", "Fuzz Co", "domain",
                "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + ".partner.onmschina.cn", "billingEmail",
                "billing@fuzz.cn")).post("/api/v1/customers"));
        Map<String, Object> subscription = Map.of("offerId", offer, "quantity", 10, "billingCycle", "monthly",
                "autoRenewEnabled", true, "friendlyName", "Fuzz subscription");
        String tenantSubscription = created(as(partner).body(subscription)
                .post("/api/v1/customers/" + tenant + "/subscriptions"));
        String ownSubscription = created(as(partner).body(subscription)
                .post("/api/v1/customers/" + ownCustomer + "/subscriptions"));
        String changeRequest = created(as(customer).body(Map.of("quantity", 12, "reason", "Fuzz: more seats."))
                .post("/api/v1/customers/" + tenant + "/subscriptions/" + tenantSubscription + "/change-requests"));
        String supportRequest = created(as(partner).body(Map.of("customerId", tenant, "topicId", topic,
                "title", "Fuzz request", "description", "A record of the contract fuzz test.", "severity", "C",
                "contact", Map.of("name", "Fuzz", "email", "fuzz@example.cn"),
                "triage", Map.of("stepsTaken", "None: a test record."))).post("/api/v1/support-requests"));
        as(partner).body(Map.of("healthIssueId", healthIssue))
                .post("/api/v1/support-requests/" + supportRequest + "/health-issues").then().statusCode(201);
        String problemReport = created(as(customer).body(Map.of("title", "Fuzz report", "description",
                "A record of the contract fuzz test.", "impact", "oneUser", "contact",
                Map.of("name", "Fuzz", "email", "fuzz@example.cn"))).post("/api/v1/problem-reports"));
        put("customerId", tenant);
        put("customerId", ownCustomer);
        put("subscriptionId", tenantSubscription);
        put("subscriptionId", ownSubscription);
        put("changeRequestId", changeRequest);
        put("requestId", supportRequest);
        put("reportId", problemReport);
        return new Side(Set.of(tenant, ownCustomer, tenantSubscription, ownSubscription, changeRequest, supportRequest,
                problemReport),
                Set.of(ownCustomer, ownSubscription));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void put(String name, String id) {
        IDS.computeIfAbsent(name, key -> new ArrayList<>()).add(id);
    }

    private static String created(io.restassured.response.Response response) {
        return response.then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().baseUri(base).auth().oauth2(token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
