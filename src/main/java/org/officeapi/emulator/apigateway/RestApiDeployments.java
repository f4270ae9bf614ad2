package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.apigateway.model.DeployedApi;
import org.officeapi.emulator.apigateway.model.DeploymentRecord;
import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.apigateway.model.ResourceRecord;
import org.officeapi.emulator.apigateway.model.StageRecord;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.apigateway.model.CreateDeploymentRequest;
import software.amazon.awssdk.services.apigateway.model.CreateDeploymentResponse;
import software.amazon.awssdk.services.apigateway.model.DeleteDeploymentRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteDeploymentResponse;
import software.amazon.awssdk.services.apigateway.model.Deployment;
import software.amazon.awssdk.services.apigateway.model.GetDeploymentRequest;
import software.amazon.awssdk.services.apigateway.model.GetDeploymentResponse;
import software.amazon.awssdk.services.apigateway.model.GetDeploymentsRequest;
import software.amazon.awssdk.services.apigateway.model.GetDeploymentsResponse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Deployments: snapshots of an API's resources, methods and integrations. A stage serves the snapshot
 * it points at, so changes made after a deployment reach callers only once the API is deployed again.
 */
public final class RestApiDeployments {

    /** Deployment ids are 6 lower-case letters and digits, as AWS draws them. */
    static final int DEPLOYMENT_ID_LENGTH = 6;
    static final Pattern STAGE_NAME = Pattern.compile("[a-zA-Z0-9_]+");

    private final ApiGatewayStore store;

    public RestApiDeployments(ApiGatewayStore store) {
        this.store = store;
    }

    /**
     * Snapshots the API; with {@code stageName}, creates that stage or points it at the new deployment.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_CreateDeployment.html">CreateDeployment</a>
     */
    public CreateDeploymentResponse createDeployment(CreateDeploymentRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        String stageName = request.stageName();
        if (stageName != null && !STAGE_NAME.matcher(stageName).matches()) {
            throw ApiGatewayErrors.invalidStageName();
        }
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.SECONDS);
        synchronized (api.lock()) {
            Map<String, ResourceRecord> resources = Map.copyOf(api.resources);
            boolean anyMethod = false;
            for (ResourceRecord resource : resources.values()) {
                for (MethodRecord method : resource.methods().values()) {
                    anyMethod = true;
                    if (method.integration() == null) {
                        throw ApiGatewayErrors.noIntegration();
                    }
                }
            }
            if (!anyMethod) {
                throw ApiGatewayErrors.noMethods();
            }
            String id = Ids.lowerAlnum(DEPLOYMENT_ID_LENGTH);
            while (api.deployments.containsKey(id)) {
                id = Ids.lowerAlnum(DEPLOYMENT_ID_LENGTH);
            }
            DeploymentRecord deployment = new DeploymentRecord(id, request.description(), now,
                    new DeployedApi(api.record().id(), resources, api.record().binaryMediaTypes()));
            api.deployments.put(id, deployment);
            if (stageName != null) {
                StageRecord existing = api.stages.get(stageName);
                StageRecord stage = existing != null
                        ? existing.with(id, request.stageDescription() != null ? request.stageDescription() : existing.description(),
                                request.hasVariables() ? request.variables() : existing.variables(),
                                request.tracingEnabled() != null ? request.tracingEnabled() : existing.tracingEnabled(),
                                existing.cacheClusterEnabled(), now)
                        : new StageRecord(stageName, id, request.stageDescription(), now, now,
                                request.hasVariables() ? request.variables() : Map.of(),
                                Boolean.TRUE.equals(request.tracingEnabled()), Boolean.TRUE.equals(request.cacheClusterEnabled()));
                api.stages.put(stageName, stage);
            }
            return ApiShapes.as(ApiShapes.deployment(deployment), CreateDeploymentResponse.class);
        }
    }

    /** Oldest first. <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetDeployments.html">GetDeployments</a> */
    public GetDeploymentsResponse getDeployments(GetDeploymentsRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        List<DeploymentRecord> all = new ArrayList<>(api.deployments.values());
        all.sort(Comparator.comparing(DeploymentRecord::createdDate).thenComparing(DeploymentRecord::id));
        Paging.Page<DeploymentRecord> page = Paging.page(all, d -> d.createdDate().getEpochSecond() + "/" + d.id(),
                request.position(), request.limit());
        List<Deployment> items = new ArrayList<>();
        page.items().forEach(d -> items.add(ApiShapes.deployment(d)));
        return GetDeploymentsResponse.builder().items(items).position(page.position()).build();
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetDeployment.html">GetDeployment</a> */
    public GetDeploymentResponse getDeployment(GetDeploymentRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        DeploymentRecord deployment = api.deployments.get(request.deploymentId());
        if (deployment == null) {
            throw ApiGatewayErrors.deploymentNotFound();
        }
        return ApiShapes.as(ApiShapes.deployment(deployment), GetDeploymentResponse.class);
    }

    /**
     * Refused while a stage serves the deployment.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteDeployment.html">DeleteDeployment</a>
     */
    public DeleteDeploymentResponse deleteDeployment(DeleteDeploymentRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        synchronized (api.lock()) {
            if (!api.deployments.containsKey(request.deploymentId())) {
                throw ApiGatewayErrors.deploymentNotFound();
            }
            if (api.stages.values().stream().anyMatch(stage -> stage.deploymentId().equals(request.deploymentId()))) {
                throw ApiGatewayErrors.deploymentInUse();
            }
            api.deployments.remove(request.deploymentId());
        }
        return DeleteDeploymentResponse.builder().build();
    }
}
