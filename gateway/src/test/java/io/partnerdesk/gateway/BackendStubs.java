package io.partnerdesk.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The services behind the gateway, stubbed on 127.0.0.1: the three real routes plus test routes to a slow backend
 * (short response timeout), a flaky one (small breaker) and a dead one (a port nothing listens on); for the breaker
 * tests a hung one (the flaky stub with a short timeout) and a gone one (another closed port), each with a small breaker.
 */
public class BackendStubs implements QuarkusTestResourceLifecycleManager {

    /** The stubs by backend name: subscriptions, support, messagecenter, flaky. */
    public record Stubs(Map<String, WireMockServer> servers) {
        public WireMockServer get(String name) {
            return servers.get(name);
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectStubs {
    }

    private final Map<String, WireMockServer> servers = new HashMap<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String name : new String[]{ "subscriptions", "support", "messagecenter", "flaky" }) {
            WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
            server.start();
            servers.put(name, server);
            config.put("partnerdesk.gateway.backends." + name + ".url", "http://127.0.0.1:" + server.port());
        }
        config.put("partnerdesk.gateway.backends.slow.url", "http://127.0.0.1:" + servers.get("messagecenter").port());
        config.put("partnerdesk.gateway.backends.slow.response-timeout", "PT0.5S");
        config.put("partnerdesk.gateway.backends.dead.url", "http://127.0.0.1:" + closedPort());
        config.put("partnerdesk.gateway.backends.flaky.circuit-breaker.failure-threshold", "3");
        config.put("partnerdesk.gateway.backends.flaky.circuit-breaker.open-for", "PT1S");
        // Breaker tests of their own, so that an open circuit there never changes what the tests above see.
        config.put("partnerdesk.gateway.backends.hung.url", "http://127.0.0.1:" + servers.get("flaky").port());
        config.put("partnerdesk.gateway.backends.hung.response-timeout", "PT0.5S");
        config.put("partnerdesk.gateway.backends.hung.circuit-breaker.failure-threshold", "3");
        config.put("partnerdesk.gateway.backends.hung.circuit-breaker.open-for", "PT1S");
        config.put("partnerdesk.gateway.backends.gone.url", "http://127.0.0.1:" + closedPort());
        config.put("partnerdesk.gateway.backends.gone.circuit-breaker.failure-threshold", "3");
        config.put("partnerdesk.gateway.backends.gone.circuit-breaker.open-for", "PT10S");
        config.put("partnerdesk.gateway.routes.\"/api/v1/test-hung\"", "hung");
        config.put("partnerdesk.gateway.routes.\"/api/v1/test-gone\"", "gone");
        config.put("partnerdesk.gateway.routes.\"/api/v1/test-slow\"", "slow");
        config.put("partnerdesk.gateway.routes.\"/api/v1/test-dead\"", "dead");
        config.put("partnerdesk.gateway.routes.\"/api/v1/test-flaky\"", "flaky");
        config.put("partnerdesk.gateway.route-max-body-bytes.\"/api/v1/service-health\"", "1024");
        config.put("partnerdesk.gateway.rate-limit.requests", "20");
        config.put("partnerdesk.gateway.rate-limit.window", "PT5S");
        return config;
    }

    /** A loopback port nothing listens on (bound, then released). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(new Stubs(servers),
                new TestInjector.AnnotatedAndMatchesType(InjectStubs.class, Stubs.class));
    }

    @Override
    public void stop() {
        servers.values().forEach(WireMockServer::stop);
    }
}
