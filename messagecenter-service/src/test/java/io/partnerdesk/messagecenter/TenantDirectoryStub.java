package io.partnerdesk.messagecenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * Stands in for subscriptions-service's tenant directory ({@code GET /internal/v1/customers}, role service) at the edge
 * of messagecenter-service's tests (127.0.0.1, free port), as the real one answers (checked against its internal
 * OpenAPI document by {@code TenantDirectoryStubContractTest}): 401 without a token, 403 without the service role, pages
 * of {@code limit} in the order customers were added, filtered by {@code partnerId}. Tests add customers with
 * {@link #addCustomer} and inject the server with {@link InjectStub} to make it fail (stubs of a higher priority).
 */
public class TenantDirectoryStub implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectStub {
    }

    private static final String TRANSFORMER = "tenant-directory";
    static final String PATH = "/internal/v1/customers";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, List<Customer>> CUSTOMERS_BY_PORT = new ConcurrentHashMap<>();

    private record Customer(UUID id, String partnerId, String companyName) {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = started();
        return Map.of("quarkus.rest-client.subscriptions-service.url", "http://127.0.0.1:" + server.port());
    }

    static WireMockServer started() {
        List<Customer> customers = new CopyOnWriteArrayList<>();
        WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new Directory(customers)));
        server.start();
        CUSTOMERS_BY_PORT.put(server.port(), customers);
        server.stubFor(get(urlPathEqualTo(PATH)).atPriority(10).willReturn(aResponse().withTransformers(TRANSFORMER)));
        return server;
    }

    static void stop(WireMockServer server) {
        CUSTOMERS_BY_PORT.remove(server.port());
        server.stop();
    }

    /** A new customer tenant of {@code partnerId}; returns its id. */
    static UUID addCustomer(WireMockServer server, String partnerId, String companyName) {
        UUID id = UUID.randomUUID();
        CUSTOMERS_BY_PORT.get(server.port()).add(new Customer(id, partnerId, companyName));
        return id;
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

    private static final class Directory implements ResponseDefinitionTransformerV2 {

        private final List<Customer> customers;

        Directory(List<Customer> customers) {
            this.customers = customers;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            var request = serveEvent.getRequest();
            BearerClaims caller = BearerClaims.of(request.getHeader("Authorization"));
            if (caller == null) {
                return ProblemBodies.response(ProblemType.UNAUTHORIZED, "A valid bearer access token is required.")
                        .withHeader("WWW-Authenticate", "Bearer").build();
            }
            if (!caller.hasRole("service")) {
                return ProblemBodies.response(ProblemType.FORBIDDEN, "Your role does not allow this operation.")
                        .build();
            }
            String partnerId = value(request.queryParameter("partnerId"));
            String limitText = value(request.queryParameter("limit"));
            String cursor = value(request.queryParameter("cursor"));
            int limit = limitText == null ? 50 : Integer.parseInt(limitText);
            List<Customer> matching = customers.stream()
                    .filter(c -> partnerId == null || c.partnerId().equals(partnerId)).toList();
            // The stand-in's cursor is the position of the next customer; the real one is opaque to its callers.
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(matching.size(), from + limit);
            String next = to < matching.size() ? "\"" + to + "\"" : "null";
            String items = matching.subList(from, to).stream().map(Directory::json).collect(Collectors.joining(", "));
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"items\": [" + items + "], \"nextCursor\": " + next + "}").build();
        }

        private static String json(Customer c) {
            try {
                return JSON.writeValueAsString(Map.of("id", c.id().toString(), "partnerId", c.partnerId(),
                        "companyName", c.companyName()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String value(QueryParameter parameter) {
            return parameter == null || !parameter.isPresent() ? null : parameter.firstValue();
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
