package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.OperationTable;
import software.amazon.awssdk.services.apigateway.model.CreateDeploymentRequest;
import software.amazon.awssdk.services.apigateway.model.CreateResourceRequest;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.CreateStageRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteDeploymentRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteMethodRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteResourceRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteStageRequest;
import software.amazon.awssdk.services.apigateway.model.GetDeploymentRequest;
import software.amazon.awssdk.services.apigateway.model.GetDeploymentsRequest;
import software.amazon.awssdk.services.apigateway.model.GetIntegrationRequest;
import software.amazon.awssdk.services.apigateway.model.GetMethodRequest;
import software.amazon.awssdk.services.apigateway.model.GetResourceRequest;
import software.amazon.awssdk.services.apigateway.model.GetResourcesRequest;
import software.amazon.awssdk.services.apigateway.model.GetRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.GetRestApisRequest;
import software.amazon.awssdk.services.apigateway.model.GetStageRequest;
import software.amazon.awssdk.services.apigateway.model.GetStagesRequest;
import software.amazon.awssdk.services.apigateway.model.GetTagsRequest;
import software.amazon.awssdk.services.apigateway.model.PutIntegrationRequest;
import software.amazon.awssdk.services.apigateway.model.PutMethodRequest;
import software.amazon.awssdk.services.apigateway.model.TagResourceRequest;
import software.amazon.awssdk.services.apigateway.model.UntagResourceRequest;
import software.amazon.awssdk.services.apigateway.model.UpdateRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.UpdateStageRequest;

/** API Gateway's control plane on the wire (restJson1): which operation goes to which method. */
public final class ApiGatewayHandler {

    private ApiGatewayHandler() {}

    /**
     * What IAM is asked about a role session's control-plane call: API Gateway names its actions by HTTP
     * verb ({@code apigateway:POST}) and its resources by path ({@code arn:aws:apigateway:{region}::/restapis/…}).
     */
    public static EndpointSettings.IamQuestions iamQuestions() {
        return (operation, request, input, account, region) -> new EndpointSettings.IamQuestion("apigateway:" + request.method(),
                "arn:aws:apigateway:" + region + "::" + request.rawPath());
    }

    public static OperationTable operations(ApiGatewayStore store) {
        RestApis apis = new RestApis(store);
        RestApiResources resources = new RestApiResources(store);
        RestApiMethods methods = new RestApiMethods(store);
        RestApiDeployments deployments = new RestApiDeployments(store);
        RestApiStages stages = new RestApiStages(store);
        ApiGatewayTags tags = new ApiGatewayTags(store);
        return OperationTable.builder()
                .on(CreateRestApiRequest.class, apis::createRestApi)
                .on(GetRestApiRequest.class, apis::getRestApi)
                .on(GetRestApisRequest.class, apis::getRestApis)
                .on(UpdateRestApiRequest.class, apis::updateRestApi)
                .on(DeleteRestApiRequest.class, apis::deleteRestApi)
                .on(GetResourcesRequest.class, resources::getResources)
                .on(GetResourceRequest.class, resources::getResource)
                .on(CreateResourceRequest.class, resources::createResource)
                .on(DeleteResourceRequest.class, resources::deleteResource)
                .on(PutMethodRequest.class, methods::putMethod)
                .on(GetMethodRequest.class, methods::getMethod)
                .on(DeleteMethodRequest.class, methods::deleteMethod)
                .on(PutIntegrationRequest.class, methods::putIntegration)
                .on(GetIntegrationRequest.class, methods::getIntegration)
                .on(CreateDeploymentRequest.class, deployments::createDeployment)
                .on(GetDeploymentsRequest.class, deployments::getDeployments)
                .on(GetDeploymentRequest.class, deployments::getDeployment)
                .on(DeleteDeploymentRequest.class, deployments::deleteDeployment)
                .on(CreateStageRequest.class, stages::createStage)
                .on(GetStageRequest.class, stages::getStage)
                .on(GetStagesRequest.class, stages::getStages)
                .on(UpdateStageRequest.class, stages::updateStage)
                .on(DeleteStageRequest.class, stages::deleteStage)
                .on(TagResourceRequest.class, tags::tagResource)
                .on(UntagResourceRequest.class, tags::untagResource)
                .on(GetTagsRequest.class, tags::getTags)
                .build();
    }
}
