package io.partnerdesk.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Path prefix → backend, longest prefix first; a prefix matches itself and anything under it after a '/'. A segment
 * {@code *} in a prefix stands for any one non-empty segment, so that an operation can live with its data although its
 * path sits under another service's prefix: the support requests linked to a health issue,
 * {@code /api/v1/service-health/issues/{id}/support-requests}, are support-service's, the rest of
 * {@code /api/v1/service-health} messagecenter-service's.
 */
public final class RouteTable {

    public record Route(String prefix, String backend) {

        boolean matches(String path) {
            if (prefix.indexOf('*') < 0) {
                return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
            }
            String[] expected = prefix.split("/", -1);
            String[] actual = path.split("/", -1);
            if (actual.length < expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                boolean wildcard = expected[i].equals("*");
                if (wildcard ? actual[i].isEmpty() : !expected[i].equals(actual[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Route> routes;

    public RouteTable(Map<String, String> prefixToBackend) {
        this.routes = prefixToBackend.entrySet().stream()
                .map(e -> new Route(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed())
                .toList();
    }

    public Optional<Route> match(String path) {
        return routes.stream().filter(route -> route.matches(path)).findFirst();
    }

    public List<Route> routes() {
        return routes;
    }
}
