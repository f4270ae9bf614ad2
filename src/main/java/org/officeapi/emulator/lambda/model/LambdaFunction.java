package org.officeapi.emulator.lambda.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A function ({@code $LATEST}; the embedded AWS publishes no versions) with its configuration, code and
 * resource-based policy. Immutable: every change makes a new value with a new {@code revisionId}, as
 * Lambda gives each change a new RevisionId.
 */
public record LambdaFunction(String name, String arn, String runtime, String role, String handler, String description,
                             int timeoutSeconds, int memorySize, List<String> architectures, Map<String, String> environment,
                             Map<String, String> tags, DeploymentPackage code, Instant lastModified, String revisionId,
                             List<PermissionStatement> permissions) {

    public LambdaFunction {
        architectures = List.copyOf(architectures);
        environment = Map.copyOf(environment);
        tags = Map.copyOf(tags);
        permissions = List.copyOf(permissions);
    }

    public LambdaFunction withPermissions(List<PermissionStatement> newPermissions, String newRevisionId) {
        return new LambdaFunction(name, arn, runtime, role, handler, description, timeoutSeconds, memorySize, architectures,
                environment, tags, code, lastModified, newRevisionId, newPermissions);
    }

    /** Environment variable values may be secrets: never printed. */
    @Override
    public String toString() {
        return "LambdaFunction[" + arn + ", " + runtime + ", " + handler + ", timeout " + timeoutSeconds + "s, " + code + "]";
    }
}
