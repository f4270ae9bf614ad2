package org.officeapi.emulator.apigateway.model;

import java.time.Instant;
import java.util.Map;

/** A stage: a name under which one deployment is served, with its variables. Immutable. */
public record StageRecord(String stageName, String deploymentId, String description, Instant createdDate,
                          Instant lastUpdatedDate, Map<String, String> variables, boolean tracingEnabled,
                          boolean cacheClusterEnabled) {

    public StageRecord {
        variables = Map.copyOf(variables);
    }

    public StageRecord withDeployment(String newDeploymentId, Instant at) {
        return new StageRecord(stageName, newDeploymentId, description, createdDate, at, variables, tracingEnabled,
                cacheClusterEnabled);
    }

    public StageRecord with(String newDeploymentId, String newDescription, Map<String, String> newVariables,
                            boolean newTracing, boolean newCache, Instant at) {
        return new StageRecord(stageName, newDeploymentId, newDescription, createdDate, at, newVariables, newTracing, newCache);
    }
}
