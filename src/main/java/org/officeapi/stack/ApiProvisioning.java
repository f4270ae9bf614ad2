package org.officeapi.stack;

import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Resource;

/**
 * The REST API: one resource per method of the spec under the root, each {@code AWS_IAM} with an
 * {@code AWS_PROXY} integration to the Lambda, the permission that lets API Gateway invoke it, and a
 * deployment to the stage.
 */
final class ApiProvisioning {

    private ApiProvisioning() {}

    static String create(Provisioning p, StackSpec spec, String functionArn) {
        String apiName = p.names().of(spec.apiName());
        String apiId = p.timed("REST API " + apiName, () -> p.clients().apiGateway().createRestApi(r -> r.name(apiName)
                .description("office-api-acceptance run " + p.names().runId()).tags(p.tags()))).id();
        p.teardown().add("REST API " + apiName, () -> p.clients().apiGateway().deleteRestApi(r -> r.restApiId(apiId)));

        String rootId = p.clients().apiGateway().getResources(r -> r.restApiId(apiId)).items().stream()
                .filter(resource -> resource.path().equals("/")).map(Resource::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("API " + apiId + " has no root resource"));
        String integrationUri = "arn:aws:apigateway:" + p.region() + ":lambda:path/2015-03-31/functions/" + functionArn + "/invocations";
        for (ApiResource method : spec.resources()) {
            String resourceId = p.clients().apiGateway().createResource(r -> r.restApiId(apiId).parentId(rootId)
                    .pathPart(method.pathPart())).id();
            p.clients().apiGateway().putMethod(r -> r.restApiId(apiId).resourceId(resourceId).httpMethod(method.method())
                    .authorizationType("AWS_IAM"));
            p.clients().apiGateway().putIntegration(r -> r.restApiId(apiId).resourceId(resourceId).httpMethod(method.method())
                    .type(IntegrationType.AWS_PROXY).integrationHttpMethod("POST").uri(integrationUri));
        }
        p.clients().lambda().addPermission(r -> r.functionName(functionArn).statementId("apigateway-" + apiId)
                .action("lambda:InvokeFunction").principal("apigateway.amazonaws.com")
                .sourceArn("arn:aws:execute-api:" + p.region() + ":" + p.accountId() + ":" + apiId + "/*/*/*"));
        p.timed("deployment of " + apiName + " to stage " + spec.stage(), () -> p.clients().apiGateway()
                .createDeployment(r -> r.restApiId(apiId).stageName(spec.stage())));
        return apiId;
    }
}
