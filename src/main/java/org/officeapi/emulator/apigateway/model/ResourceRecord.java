package org.officeapi.emulator.apigateway.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One resource of a REST API: a path part under a parent, with its methods by HTTP verb. The root
 * resource has no parent and no path part, and the path {@code /}. Immutable, so that a deployment can
 * keep the records it snapshots.
 */
public record ResourceRecord(String id, String parentId, String pathPart, String path, Map<String, MethodRecord> methods) {

    public ResourceRecord {
        methods = Map.copyOf(methods);
    }

    public boolean root() {
        return parentId == null;
    }

    /** A path part such as {@code {id}} or {@code {proxy+}}. */
    public boolean variable() {
        return pathPart != null && pathPart.startsWith("{");
    }

    /** A path part such as {@code {proxy+}}, which matches the rest of the path. */
    public boolean greedy() {
        return pathPart != null && pathPart.endsWith("+}");
    }

    public ResourceRecord withMethod(MethodRecord method) {
        Map<String, MethodRecord> more = new LinkedHashMap<>(methods);
        more.put(method.httpMethod(), method);
        return new ResourceRecord(id, parentId, pathPart, path, more);
    }

    public ResourceRecord withoutMethod(String httpMethod) {
        Map<String, MethodRecord> fewer = new LinkedHashMap<>(methods);
        fewer.remove(httpMethod);
        return new ResourceRecord(id, parentId, pathPart, path, fewer);
    }
}
