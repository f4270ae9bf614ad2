package org.officeapi.emulator.protocol;

import software.amazon.awssdk.core.SdkPojo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operations a service implements, each bound to its SDK input class. The operation's name is the
 * input class's name without {@code Request}, which is how the SDK names them, so a table reads as a
 * list of the service's methods:
 * <pre>{@code
 * OperationTable.builder()
 *     .on(CreateGroupRequest.class, groups::createGroup)
 *     .on(GetGroupRequest.class, groups::getGroup)
 *     .build();
 * }</pre>
 */
public final class OperationTable {

    /** An implemented operation. */
    public record Bound<I extends SdkPojo>(String name, Class<I> inputType, OperationHandler<I, ? extends SdkPojo> handler) {

        @SuppressWarnings("unchecked")
        SdkPojo invoke(Object input, org.officeapi.emulator.core.CallContext context) {
            return handler.handle((I) input, context);
        }
    }

    private final Map<String, Bound<?>> operations;

    private OperationTable(Map<String, Bound<?>> operations) {
        this.operations = Collections.unmodifiableMap(operations);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Bound<?>> get(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    public Map<String, Bound<?>> all() {
        return operations;
    }

    public static final class Builder {
        private final Map<String, Bound<?>> operations = new LinkedHashMap<>();

        public <I extends SdkPojo> Builder on(Class<I> inputType, OperationHandler<I, ? extends SdkPojo> handler) {
            String simple = inputType.getSimpleName();
            if (!simple.endsWith("Request")) {
                throw new IllegalArgumentException(inputType + " is not an SDK request class");
            }
            String name = simple.substring(0, simple.length() - "Request".length());
            if (operations.put(name, new Bound<>(name, inputType, handler)) != null) {
                throw new IllegalArgumentException("operation " + name + " bound twice");
            }
            return this;
        }

        public OperationTable build() {
            return new OperationTable(new LinkedHashMap<>(operations));
        }
    }
}
