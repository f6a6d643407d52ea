package io.partnerdesk.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which backend a path goes to, without HTTP (RoutingTest drives the table through the gateway). */
class RouteTableTest {

    private final RouteTable table = new RouteTable(Map.of(
            "/api/v1/service-health", "messagecenter",
            "/api/v1/service-health/issues/*/support-requests", "support",
            "/api/v1/support-requests", "support"));

    private Optional<String> backend(String path) {
        return table.match(path).map(RouteTable.Route::backend);
    }

    @Test
    @DisplayName("a prefix matches itself and what lies under it after a '/', never a longer name")
    void prefixes() {
        assertThat(backend("/api/v1/service-health")).contains("messagecenter");
        assertThat(backend("/api/v1/service-health/issues/42")).contains("messagecenter");
        assertThat(backend("/api/v1/service-healthy")).isEmpty();
        assertThat(backend("/api/v1/support-requests/7/notes")).contains("support");
    }

    @Test
    @DisplayName("'*' stands for exactly one non-empty segment, and the longer pattern wins over the prefix it sits under")
    void wildcardSegment() {
        assertThat(backend("/api/v1/service-health/issues/0b1e/support-requests")).contains("support");
        assertThat(backend("/api/v1/service-health/issues/0b1e/support-requests/x")).contains("support");
        assertThat(backend("/api/v1/service-health/issues/0b1e/support-requestsx")).contains("messagecenter");
        assertThat(backend("/api/v1/service-health/issues//support-requests")).contains("messagecenter");
        assertThat(backend("/api/v1/service-health/issues/a/b/support-requests")).contains("messagecenter");
        assertThat(backend("/api/v1/service-health/issues/0b1e/report")).contains("messagecenter");
    }
}
