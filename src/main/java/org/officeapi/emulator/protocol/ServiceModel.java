package org.officeapi.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's contract as AWS publishes it, reduced to what the embedded AWS enforces: each
 * operation's HTTP binding, success status, whether it is signed and its input shape with AWS's
 * constraints; and each error's code and status. Loaded from the files tools/extract_service_models.py
 * derives from the AWS service models.
 */
public final class ServiceModel {

    /** One operation: HTTP method and URI template (restJson1), the success status, input shape and auth. */
    public record Operation(String name, String method, String uri, int status, String input, boolean signed,
                            List<String> errors) {}

    /** An error shape's wire code and HTTP status. */
    public record ErrorShape(String code, int status, boolean senderFault) {}

    /** A shape with the constraints AWS validates input against. */
    public record Shape(String name, String type, Long min, Long max, String pattern, List<String> enumValues,
                        boolean sensitive, Map<String, String> members, List<String> required, String member,
                        String value) {}

    private final String name;
    private final String protocol;
    private final String apiVersion;
    private final String signingName;
    private final String targetPrefix;
    private final String xmlNamespace;
    private final Map<String, Operation> operations;
    private final Map<String, ErrorShape> errors;
    private final Map<String, Shape> shapes;

    private ServiceModel(String name, JsonNode json) {
        this.name = name;
        this.protocol = json.path("protocol").asText();
        this.apiVersion = json.path("apiVersion").asText();
        this.signingName = json.path("signingName").asText();
        this.targetPrefix = json.path("targetPrefix").isTextual() ? json.path("targetPrefix").asText() : null;
        this.xmlNamespace = json.path("xmlNamespace").isTextual() ? json.path("xmlNamespace").asText() : null;
        Map<String, Operation> ops = new LinkedHashMap<>();
        json.path("operations").fields().forEachRemaining(e -> {
            JsonNode op = e.getValue();
            List<String> errorNames = new ArrayList<>();
            op.path("errors").forEach(err -> errorNames.add(err.asText()));
            ops.put(e.getKey(), new Operation(e.getKey(), op.path("method").asText(), op.path("uri").asText(),
                    op.path("status").asInt(200), op.path("input").isTextual() ? op.path("input").asText() : null,
                    !op.path("noAuth").asBoolean(false), List.copyOf(errorNames)));
        });
        this.operations = Collections.unmodifiableMap(ops);
        Map<String, ErrorShape> errs = new LinkedHashMap<>();
        json.path("errors").fields().forEachRemaining(e -> errs.put(e.getKey(), new ErrorShape(
                e.getValue().path("code").asText(), e.getValue().path("status").asInt(400),
                e.getValue().path("senderFault").asBoolean(true))));
        this.errors = Collections.unmodifiableMap(errs);
        Map<String, Shape> all = new LinkedHashMap<>();
        json.path("shapes").fields().forEachRemaining(e -> all.put(e.getKey(), shape(e.getKey(), e.getValue())));
        this.shapes = Collections.unmodifiableMap(all);
    }

    private static Shape shape(String name, JsonNode s) {
        List<String> enums = new ArrayList<>();
        s.path("enum").forEach(v -> enums.add(v.asText()));
        Map<String, String> members = new LinkedHashMap<>();
        s.path("members").fields().forEachRemaining(m -> members.put(m.getKey(), m.getValue().path("shape").asText()));
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asText()));
        return new Shape(name, s.path("type").asText(),
                s.has("min") ? s.get("min").asLong() : null, s.has("max") ? s.get("max").asLong() : null,
                s.path("pattern").isTextual() ? s.get("pattern").asText() : null, List.copyOf(enums),
                s.path("sensitive").asBoolean(false), members, List.copyOf(required),
                s.path("member").isTextual() ? s.get("member").asText() : null,
                s.path("value").isTextual() ? s.get("value").asText() : null);
    }

    private static final Map<String, ServiceModel> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The model of a service by its file name under {@code models/} (its signing name, e.g. {@code cognito-idp}). */
    public static ServiceModel load(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            String resource = "models/" + n + ".json";
            try (InputStream in = ServiceModel.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no service model " + resource);
                }
                return new ServiceModel(n, JsonShapes.MAPPER.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public String name() {
        return name;
    }

    public String protocol() {
        return protocol;
    }

    public String apiVersion() {
        return apiVersion;
    }

    public String signingName() {
        return signingName;
    }

    public String targetPrefix() {
        return targetPrefix;
    }

    public String xmlNamespace() {
        return xmlNamespace;
    }

    public Optional<Operation> operation(String operationName) {
        return Optional.ofNullable(operations.get(operationName));
    }

    public Map<String, Operation> operations() {
        return operations;
    }

    public Optional<ErrorShape> error(String shapeName) {
        return Optional.ofNullable(errors.get(shapeName));
    }

    public Shape shape(String shapeName) {
        return shapes.get(shapeName);
    }
}
