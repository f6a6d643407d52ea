package io.partnerdesk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.partnerdesk.problem.ProblemType;
import io.partnerdesk.testing.BearerClaims;
import io.partnerdesk.testing.ProblemBodies;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for messagecenter-service's service health at the edge of support-service's tests (127.0.0.1, free port),
 * answering {@code GET /api/v1/service-health/issues} (filters {@code service}, {@code resolved}, {@code limit}) and
 * {@code GET /api/v1/service-health/issues/{id}} as the real service does (checked against its OpenAPI document by
 * {@code MessageCenterStubContractTest}): 401 without a bearer token, every role reads, 404 with a problem for an
 * unknown issue. Tests add issues with {@link #openIssue} and resolve them with {@link #resolve}, and inject the
 * server with {@link InjectStub} to make it slow or failing (stubs of a higher priority).
 */
public class MessageCenterStub implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the {@link WireMockServer}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectStub {
    }

    private static final String TRANSFORMER = "service-health";
    private static final String ISSUES = "/api/v1/service-health/issues";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The issues each running stand-in knows, by its port. */
    private static final Map<Integer, Map<UUID, Issue>> ISSUES_BY_PORT = new ConcurrentHashMap<>();

    private record Issue(UUID id, String service, String title, boolean resolved, String createdAt) {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = started();
        return Map.of("quarkus.rest-client.messagecenter-service.url", "http://127.0.0.1:" + server.port());
    }

    /** A running stand-in on 127.0.0.1 and a free port, knowing no issue yet; stop it with {@link #stop(WireMockServer)}. */
    static WireMockServer started() {
        Map<UUID, Issue> issues = new ConcurrentHashMap<>();
        WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new ServiceHealth(issues)));
        server.start();
        ISSUES_BY_PORT.put(server.port(), issues);
        server.stubFor(get(urlPathMatching(ISSUES + "(/[^/]+)?")).atPriority(10)
                .willReturn(aResponse().withTransformers(TRANSFORMER)));
        return server;
    }

    static void stop(WireMockServer server) {
        ISSUES_BY_PORT.remove(server.port());
        server.stop();
    }

    /** Opens an issue on {@code service} (as an operator would in the Message Center); returns its id. */
    static UUID openIssue(WireMockServer server, String service, String title) {
        UUID id = UUID.randomUUID();
        ISSUES_BY_PORT.get(server.port()).put(id, new Issue(id, service, title, false,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString()));
        return id;
    }

    static void resolve(WireMockServer server, UUID id) {
        ISSUES_BY_PORT.get(server.port()).computeIfPresent(id,
                (key, i) -> new Issue(i.id(), i.service(), i.title(), true, i.createdAt()));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectStub.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            stop(server);
        }
    }

    /** messagecenter-service's rules for reading service health. */
    private static final class ServiceHealth implements ResponseDefinitionTransformerV2 {

        private final Map<UUID, Issue> issues;

        ServiceHealth(Map<UUID, Issue> issues) {
            this.issues = issues;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            var request = serveEvent.getRequest();
            if (BearerClaims.of(request.getHeader("Authorization")) == null) {
                return ProblemBodies.response(ProblemType.UNAUTHORIZED, "A valid bearer access token is required.")
                        .withHeader("WWW-Authenticate", "Bearer").build();
            }
            String path = request.getUrl().replaceFirst("\\?.*", "");
            if (path.length() > ISSUES.length()) {
                String id = path.substring(ISSUES.length() + 1);
                Issue issue = issues.entrySet().stream().filter(e -> e.getKey().toString().equals(id))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (issue == null) {
                    return ProblemBodies.response(ProblemType.NOT_FOUND,
                            "Health issue " + id + " does not exist or is not visible to you.").build();
                }
                return json(view(issue, "[]")).withHeader("ETag", "\"0\"").build();
            }
            String service = value(request.queryParameter("service"));
            String resolved = value(request.queryParameter("resolved"));
            String limit = value(request.queryParameter("limit"));
            String items = issues.values().stream()
                    .filter(i -> service == null || i.service().equals(service))
                    .filter(i -> resolved == null || Boolean.toString(i.resolved()).equals(resolved))
                    .sorted(Comparator.comparing(Issue::createdAt).thenComparing(i -> i.id().toString()))
                    .limit(limit == null ? 50 : Integer.parseInt(limit))
                    .map(i -> view(i, "null")).collect(Collectors.joining(", "));
            return json("{\"items\": [" + items + "], \"nextCursor\": null}").build();
        }

        private static String value(QueryParameter parameter) {
            return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
        }

        private static String view(Issue i, String posts) {
            try {
                return """
                        {"id": "%s", "service": %s, "title": %s, "impactDescription": "Users may be affected.",
                         "classification": "incident", "status": "%s", "feature": null, "resolved": %s,
                         "startedAt": "%s", "resolvedAt": %s, "createdAt": "%s", "updatedAt": "%s", "posts": %s}"""
                        .formatted(i.id(), JSON.writeValueAsString(i.service()), JSON.writeValueAsString(i.title()),
                                i.resolved() ? "serviceRestored" : "serviceDegradation", i.resolved(), i.createdAt(),
                                i.resolved() ? "\"" + i.createdAt() + "\"" : "null", i.createdAt(), i.createdAt(),
                                posts);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static ResponseDefinitionBuilder json(String body) {
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(body);
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }
    }
}
