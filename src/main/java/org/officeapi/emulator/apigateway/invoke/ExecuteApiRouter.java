package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.apigateway.model.DeployedApi;
import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.apigateway.model.ResourceRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step 2 of execute-api: finds the deployed resource a path resolves to and the method for the verb.
 * At each level a literal path part wins over a {@code {variable}}, which wins over a greedy
 * {@code {proxy+}} (which takes at least one segment); when a branch cannot consume the whole path the
 * next one is tried. The verb then needs a method of its own on that resource, or {@code ANY}; API
 * Gateway does not fall back to another resource for a missing verb (UNCONFIRMED: observed behaviour
 * reported by users, not documented).
 */
public final class ExecuteApiRouter {

    private ExecuteApiRouter() {}

    public static Optional<RouteMatch> route(DeployedApi api, String resourcePath, String httpMethod) {
        Map<String, List<ResourceRecord>> children = new HashMap<>();
        ResourceRecord root = null;
        for (ResourceRecord resource : api.resources().values()) {
            if (resource.root()) {
                root = resource;
            } else {
                children.computeIfAbsent(resource.parentId(), id -> new ArrayList<>()).add(resource);
            }
        }
        if (root == null) {
            return Optional.empty();
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(ExecuteApiRouter::rank)));
        String path = resourcePath;
        // UNCONFIRMED: a single trailing slash is ignored ("/user/" reaches "/user"), as users observe on AWS
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String[] segments = path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
        Map<String, String> parameters = new LinkedHashMap<>();
        ResourceRecord resource = resolve(root, segments, 0, children, parameters);
        if (resource == null) {
            return Optional.empty();
        }
        MethodRecord method = resource.methods().get(httpMethod);
        if (method == null) {
            method = resource.methods().get("ANY");
        }
        return method == null ? Optional.empty() : Optional.of(new RouteMatch(resource, method, parameters));
    }

    private static ResourceRecord resolve(ResourceRecord at, String[] segments, int index,
                                          Map<String, List<ResourceRecord>> children, Map<String, String> parameters) {
        if (index == segments.length) {
            return at;
        }
        String segment = segments[index];
        if (segment.isEmpty()) {
            return null;
        }
        for (ResourceRecord child : children.getOrDefault(at.id(), List.of())) {
            if (child.greedy()) {
                parameters.put(name(child), String.join("/", java.util.Arrays.copyOfRange(segments, index, segments.length)));
                return child;
            }
            if (child.variable()) {
                parameters.put(name(child), segment);
            } else if (!child.pathPart().equals(segment)) {
                continue;
            }
            ResourceRecord found = resolve(child, segments, index + 1, children, parameters);
            if (found != null) {
                return found;
            }
            if (child.variable()) {
                parameters.remove(name(child));
            }
        }
        return null;
    }

    /** Literal parts first, then variables, then greedy variables. */
    private static int rank(ResourceRecord resource) {
        return resource.greedy() ? 2 : resource.variable() ? 1 : 0;
    }

    /** {@code {id}} → {@code id}; {@code {proxy+}} → {@code proxy}. */
    private static String name(ResourceRecord resource) {
        String part = resource.pathPart();
        return part.substring(1, part.length() - (resource.greedy() ? 2 : 1));
    }
}
