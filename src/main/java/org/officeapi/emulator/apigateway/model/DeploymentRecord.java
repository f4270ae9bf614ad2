package org.officeapi.emulator.apigateway.model;

import java.time.Instant;

/** A deployment: its id, description, when it was made, and the API as it was then. */
public record DeploymentRecord(String id, String description, Instant createdDate, DeployedApi snapshot) {}
