package org.officeapi.stack.inspect;

import org.officeapi.stack.ApiResource;
import org.officeapi.stack.StackSpec;
import software.amazon.awssdk.services.apigateway.model.GetMethodResponse;
import software.amazon.awssdk.services.apigateway.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The API has each method of the spec, signed with IAM, and the stage exists. */
final class ApiDrift {

    private ApiDrift() {}

    static List<String> check(DeployedReader reader, StackSpec spec) {
        List<String> drift = new ArrayList<>();
        String apiId = reader.deployed().apiId();
        Optional<List<Resource>> resources = DeployedReader.ifPresent(() -> reader.clients().apiGateway()
                .getResources(r -> r.restApiId(apiId).limit(500)).items());
        if (resources.isEmpty()) {
            drift.add("REST API " + apiId + " does not exist");
            return drift;
        }
        if (DeployedReader.ifPresent(() -> reader.clients().apiGateway().getStage(r -> r.restApiId(apiId)
                .stageName(reader.deployed().stage()))).isEmpty()) {
            drift.add("REST API " + apiId + " has no stage " + reader.deployed().stage());
        }
        for (ApiResource method : spec.resources()) {
            Optional<Resource> resource = resources.get().stream().filter(r -> method.path().equals(r.path())).findFirst();
            if (resource.isEmpty()) {
                drift.add("REST API " + apiId + " has no resource " + method.path());
                continue;
            }
            Optional<GetMethodResponse> deployed = DeployedReader.ifPresent(() -> reader.clients().apiGateway().getMethod(r -> r.restApiId(apiId)
                    .resourceId(resource.get().id()).httpMethod(method.method())));
            if (deployed.isEmpty()) {
                drift.add("REST API " + apiId + " has no method " + method.method() + " " + method.path());
            } else if (!"AWS_IAM".equals(deployed.get().authorizationType())) {
                drift.add(method.method() + " " + method.path() + " is authorized by " + deployed.get().authorizationType()
                        + ", the spec says AWS_IAM");
            }
        }
        return drift;
    }
}
