package io.partnerdesk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.partnerdesk.problem.ProblemType;
import io.partnerdesk.testing.BearerClaims;
import io.partnerdesk.testing.ProblemBodies;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for subscriptions-service at the edge of support-service's tests (127.0.0.1, free port), answering
 * {@code GET /api/v1/customers/{id}} as the real service does (checked against its OpenAPI document by
 * {@code SubscriptionsServiceStubContractTest}): 401 without a bearer token, 403 for roles other than partner and
 * customer, the customer to its own partner and to the customer itself, 404 with a problem to anyone else and for an
 * unknown id. Tests add customers with {@link #addCustomer} and inject the server with {@link InjectStub} to make it
 * slow, failing or absent (stubs of a higher priority).
 */
public class SubscriptionsServiceStub implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the {@link WireMockServer}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectStub {
    }

    private static final String TRANSFORMER = "customer-directory";
    private static final String CUSTOMERS = "/api/v1/customers/";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = started();
        return Map.of("quarkus.rest-client.subscriptions-service.url", "http://127.0.0.1:" + server.port());
    }

    /** A running stand-in on 127.0.0.1 and a free port, knowing no customer yet; the caller stops it. */
    static WireMockServer started() {
        WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new CustomerDirectory()));
        server.start();
        // Any customer not added: the real service's 404 (after its authentication and role checks).
        server.stubFor(get(urlPathMatching(CUSTOMERS + "[^/]+")).atPriority(10)
                .willReturn(aResponse().withTransformers(TRANSFORMER)));
        return server;
    }

    /** Adds a customer of {@code partnerId}; returns its id (the customer's tenant id). */
    static UUID addCustomer(WireMockServer server, String partnerId) {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo(CUSTOMERS + id)).atPriority(5).willReturn(aResponse()
                .withTransformers(TRANSFORMER).withTransformerParameter("partnerId", partnerId)));
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
            server.stop();
        }
    }

    /** subscriptions-service's rules for reading one customer. */
    private static final class CustomerDirectory implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            String path = serveEvent.getRequest().getUrl();
            String id = path.substring(CUSTOMERS.length()).replaceFirst("\\?.*", "");
            BearerClaims caller = BearerClaims.of(serveEvent.getRequest().getHeader("Authorization"));
            if (caller == null) {
                return ProblemBodies.response(ProblemType.UNAUTHORIZED, "A valid bearer access token is required.")
                        .withHeader("WWW-Authenticate", "Bearer").build();
            }
            if (!caller.hasRole("partner") && !caller.hasRole("customer")) {
                return ProblemBodies
                        .response(ProblemType.FORBIDDEN, "Your role does not allow this operation.").build();
            }
            Parameters parameters = serveEvent.getResponseDefinition().getTransformerParameters();
            String owner = parameters == null ? null : parameters.getString("partnerId", null);
            boolean visible = owner != null && (caller.hasRole("partner") ? owner.equals(caller.partnerId())
                    : id.equals(caller.tenantId()));
            if (!visible) {
                return ProblemBodies
                        .response(ProblemType.NOT_FOUND, "Customer " + id + " does not exist or is not visible to you.")
                        .build();
            }
            return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                    .withHeader("ETag", "\"0\"")
                    .withBody(
                            """
                                    {"id": "%s", "partnerId": "%s", "companyName": "Test Co", "domain": "t.partner.onmschina.cn",
                                     "billingEmail": "a@b.cn", "createdAt": "2026-11-01T00:00:00Z",
                                     "updatedAt": "2026-11-01T00:00:00Z"}"""
                                    .formatted(id, owner))
                    .build();
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
