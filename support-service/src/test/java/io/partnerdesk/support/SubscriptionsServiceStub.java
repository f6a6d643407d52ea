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
 * {@code GET /api/v1/customers/{id}}, {@code …/{id}/support-contact} and {@code …/{id}/subscriptions/{subscriptionId}}
 * as the real service does (checked against its OpenAPI document by {@code SubscriptionsServiceStubContractTest}): 401
 * without a bearer token, 403 for roles other than partner and customer, the customer to its own partner and to the
 * customer itself, 404 with a problem to anyone else and for an unknown id. Tests add customers with
 * {@link #addCustomer} (with {@link #OFFICE_HOURS} as the partner's support profile, or none) and subscriptions with
 * {@link #addSubscription}, and inject the server with {@link InjectStub} to make it slow, failing or absent (stubs of
 * a higher priority).
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
        // Any customer or subscription not added: the real service's 404 (after its authentication and role checks).
        server.stubFor(get(urlPathMatching(CUSTOMERS + "[^/]+(/support-contact|/subscriptions/[^/]+)?")).atPriority(10)
                .willReturn(aResponse().withTransformers(TRANSFORMER)));
        return server;
    }

    /**
     * The support profile every partner of the stand-in publishes unless a customer is added without one: Asia/Shanghai,
     * Monday to Friday 09:00–18:00, a 4-hour response target.
     */
    static final String OFFICE_HOURS = """
            {"partnerId": "%s", "displayName": "Test Partner Support", "email": "support@partner.example",
             "phone": null, "website": null,
             "hours": {"timeZone": "Asia/Shanghai", "days": ["monday", "tuesday", "wednesday", "thursday", "friday"],
                       "from": "09:00", "to": "18:00"},
             "languages": ["zh-CN", "en"], "responseTarget": "PT4H", "updatedAt": "2026-11-01T00:00:00Z"}""";

    /** Adds a customer of {@code partnerId}, whose partner publishes {@link #OFFICE_HOURS}; returns its id. */
    static UUID addCustomer(WireMockServer server, String partnerId) {
        return addCustomer(server, partnerId, true);
    }

    /** Adds a customer of {@code partnerId}, with or without a published support profile; returns its id. */
    static UUID addCustomer(WireMockServer server, String partnerId, boolean withProfile) {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathMatching(CUSTOMERS + id + "(/support-contact)?")).atPriority(5)
                .willReturn(aResponse().withTransformers(TRANSFORMER).withTransformerParameter("partnerId", partnerId)
                        .withTransformerParameter("profile", withProfile)));
        return id;
    }

    /** Adds a subscription of the customer (of {@code partnerId}); returns its id. */
    static UUID addSubscription(WireMockServer server, UUID customerId, String partnerId) {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo(CUSTOMERS + customerId + "/subscriptions/" + id)).atPriority(5)
                .willReturn(aResponse().withTransformers(TRANSFORMER).withTransformerParameter("partnerId",
                        partnerId)));
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
            String[] path = serveEvent.getRequest().getUrl().replaceFirst("\\?.*", "")
                    .substring(CUSTOMERS.length()).split("/");
            String id = path[0];
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
            if (path.length == 2) {
                String profile = parameters.getBoolean("profile", false) ? OFFICE_HOURS.formatted(owner) : "null";
                return json(200, """
                        {"customerId": "%s", "companyName": "Test Co", "partnerId": "%s", "supportProfile": %s}"""
                        .formatted(id, owner, profile));
            }
            if (path.length == 3) {
                return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"0\"")
                        .withBody(
                                """
                                        {"id": "%s", "customerId": "%s", "offerId": "9b0e5a52-4f3c-4d21-8a57-0c3b2a1d9e01",
                                         "friendlyName": "Test E3", "quantity": 10, "billingCycle": "monthly", "autoRenewEnabled": true,
                                         "status": "active", "createdAt": "2026-11-01T00:00:00Z", "updatedAt": "2026-11-01T00:00:00Z",
                                         "termEndsAt": "2027-11-01T00:00:00Z", "cancellationAllowedUntil": "2026-11-08T00:00:00Z"}"""
                                        .formatted(path[2], id))
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

        private static ResponseDefinition json(int status, String body) {
            return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(body).build();
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
