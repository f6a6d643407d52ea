package io.partnerdesk.gateway.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.partnerdesk.gateway.config.GatewayConfig;

/** Ready when every backend answers its own liveness probe; the data names each backend's state. */
@Readiness
@ApplicationScoped
public class BackendsReadiness implements HealthCheck {

    @Inject
    GatewayConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("backends").up();
        config.backends().forEach((name, backend) -> {
            boolean up = live(backend.url());
            response.withData(name, up ? "UP" : "DOWN");
            if (!up) {
                response.down();
            }
        });
        return response.build();
    }

    private boolean live(String baseUrl) {
        try {
            HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/live"))
                    .timeout(Duration.ofSeconds(1)).GET().build();
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
