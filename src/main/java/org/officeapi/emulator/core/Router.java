package org.officeapi.emulator.core;

import java.util.List;
import java.util.Optional;

/**
 * Finds the service a request is for, the way AWS's front ends and LocalStack's single port do: by
 * execute-api layout, {@code X-Amz-Target}, SigV4 credential scope, form {@code Action} and path.
 * Routes are tried in order; the first that matches wins.
 */
public final class Router {

    private final List<Route> routes;
    private final ServiceEndpoint fallback;

    public Router(List<Route> routes, ServiceEndpoint fallback) {
        this.routes = List.copyOf(routes);
        this.fallback = fallback;
    }

    public Route route(HttpRequest request) {
        for (Route route : routes) {
            if (route.matches().test(request)) {
                return route;
            }
        }
        return new Route("unknown", r -> true, fallback);
    }

    public Optional<Route> named(String name) {
        return routes.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
