package io.partnerdesk.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Path prefix → backend, longest prefix first; a prefix matches itself and anything under it after a '/'. */
public final class RouteTable {

    public record Route(String prefix, String backend) {

        boolean matches(String path) {
            return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
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
