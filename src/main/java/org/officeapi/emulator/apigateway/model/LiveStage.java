package org.officeapi.emulator.apigateway.model;

/**
 * A stage as the execute-api data plane serves it: where the API lives (its owner account and region),
 * the stage and the deployment it points at.
 */
public record LiveStage(String accountId, String region, String apiId, StageRecord stage, DeployedApi deployed) {}
