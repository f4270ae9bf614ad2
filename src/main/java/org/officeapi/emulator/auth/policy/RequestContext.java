package org.officeapi.emulator.auth.policy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a policy is evaluated against: the action, the resource, for trust and resource policies
 * the calling principal, and the request context keys (names compared without case, as IAM does;
 * each key may carry several values, e.g. {@code cognito-identity.amazonaws.com:amr}).
 */
public final class RequestContext {

    private final String action;
    private final String resource;
    private final String principalType;
    private final String principal;
    private final Map<String, List<String>> keys;

    private RequestContext(Builder builder) {
        this.action = Objects.requireNonNull(builder.action, "action");
        this.resource = builder.resource == null ? "*" : builder.resource;
        this.principalType = builder.principalType;
        this.principal = builder.principal;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        builder.keys.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.keys = Collections.unmodifiableMap(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String action() {
        return action;
    }

    public String resource() {
        return resource;
    }

    /** {@code AWS}, {@code Service} or {@code Federated}; null when only identity policies are evaluated. */
    public String principalType() {
        return principalType;
    }

    public String principal() {
        return principal;
    }

    /** The values of a context key, or null when the request does not carry it. */
    public List<String> values(String key) {
        return keys.get(key);
    }

    public Map<String, List<String>> keys() {
        return keys;
    }

    public static final class Builder {
        private String action;
        private String resource;
        private String principalType;
        private String principal;
        private final Map<String, List<String>> keys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder resource(String resource) {
            this.resource = resource;
            return this;
        }

        public Builder principal(String type, String value) {
            this.principalType = type;
            this.principal = value;
            return this;
        }

        public Builder key(String name, String... values) {
            keys.put(name, List.of(values));
            return this;
        }

        public Builder key(String name, List<String> values) {
            keys.put(name, List.copyOf(values));
            return this;
        }

        /** Adds keys the builder does not have yet (a key already set wins). */
        public Builder keysIfAbsent(Map<String, List<String>> more) {
            more.forEach((k, v) -> keys.putIfAbsent(k, List.copyOf(v)));
            return this;
        }

        public Builder keys(Map<String, List<String>> more) {
            more.forEach((k, v) -> keys.put(k, List.copyOf(v)));
            return this;
        }

        public RequestContext build() {
            return new RequestContext(this);
        }
    }
}
