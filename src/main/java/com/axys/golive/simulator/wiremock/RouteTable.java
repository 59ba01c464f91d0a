package com.axys.golive.simulator.wiremock;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operations the simulator answers; the most specific matching template wins. */
final class RouteTable {

    private final List<Route> routes;

    RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    Optional<Matched> find(String method, String path) {
        return routes.stream()
                .sorted(Comparator.comparingInt(Route::literalSegments).reversed())
                .flatMap(route -> route.match(method, path).map(ids -> new Matched(route, ids)).stream())
                .findFirst();
    }

    /** The operationIds the simulator implements, in declaration order. */
    Set<String> operationIds() {
        Set<String> ids = new LinkedHashSet<>();
        routes.stream().filter(Route::simulated).forEach(route -> ids.add(route.operationId()));
        return ids;
    }

    /** The simulated operationIds the docs list as deprecated (still working), in declaration order. */
    Set<String> deprecatedOperationIds() {
        Set<String> ids = new LinkedHashSet<>();
        routes.stream().filter(Route::simulated).filter(Route::deprecated)
                .forEach(route -> ids.add(route.operationId()));
        return ids;
    }

    /** A route with its raw path parameters. */
    record Matched(Route route, Map<String, String> rawIds) {
    }
}
