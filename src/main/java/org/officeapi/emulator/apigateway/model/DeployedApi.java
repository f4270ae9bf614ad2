package org.officeapi.emulator.apigateway.model;

import java.util.List;
import java.util.Map;

/**
 * What a deployment froze: the API's resources with their methods and integrations, and its binary
 * media types, as they were when CreateDeployment ran. Later changes reach a stage only through a new
 * deployment, as in AWS.
 */
public record DeployedApi(String apiId, Map<String, ResourceRecord> resources, List<String> binaryMediaTypes) {

    public DeployedApi {
        resources = Map.copyOf(resources);
        binaryMediaTypes = List.copyOf(binaryMediaTypes);
    }
}
