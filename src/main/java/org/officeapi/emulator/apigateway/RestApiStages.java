package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.apigateway.model.StageRecord;
import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.apigateway.model.CreateStageRequest;
import software.amazon.awssdk.services.apigateway.model.CreateStageResponse;
import software.amazon.awssdk.services.apigateway.model.DeleteStageRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteStageResponse;
import software.amazon.awssdk.services.apigateway.model.GetStageRequest;
import software.amazon.awssdk.services.apigateway.model.GetStageResponse;
import software.amazon.awssdk.services.apigateway.model.GetStagesRequest;
import software.amazon.awssdk.services.apigateway.model.GetStagesResponse;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;
import software.amazon.awssdk.services.apigateway.model.Stage;
import software.amazon.awssdk.services.apigateway.model.UpdateStageRequest;
import software.amazon.awssdk.services.apigateway.model.UpdateStageResponse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stages: the names under which deployments are served ({@code /{stage}/…} in the invoke URL). */
public final class RestApiStages {

    private final ApiGatewayStore store;

    public RestApiStages(ApiGatewayStore store) {
        this.store = store;
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_CreateStage.html">CreateStage</a> */
    public CreateStageResponse createStage(CreateStageRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        if (!RestApiDeployments.STAGE_NAME.matcher(request.stageName()).matches()) {
            throw ApiGatewayErrors.invalidStageName();
        }
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.SECONDS);
        StageRecord stage;
        synchronized (api.lock()) {
            if (!api.deployments.containsKey(request.deploymentId())) {
                throw ApiGatewayErrors.deploymentNotFound();
            }
            if (api.stages.containsKey(request.stageName())) {
                throw ApiGatewayErrors.stageExists();
            }
            stage = new StageRecord(request.stageName(), request.deploymentId(), request.description(), now, now,
                    request.hasVariables() ? request.variables() : Map.of(), Boolean.TRUE.equals(request.tracingEnabled()),
                    Boolean.TRUE.equals(request.cacheClusterEnabled()));
            api.stages.put(stage.stageName(), stage);
        }
        ApiGatewayStore.Regional regional = Lookups.regional(store, context);
        String arn = ApiArns.stage(context.region(), request.restApiId(), stage.stageName());
        if (request.hasTags() && !request.tags().isEmpty()) {
            regional.tags.put(arn, new LinkedHashMap<>(request.tags()));
        }
        return ApiShapes.as(ApiShapes.stage(stage, regional.tags.get(arn)), CreateStageResponse.class);
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetStage.html">GetStage</a> */
    public GetStageResponse getStage(GetStageRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        StageRecord stage = stageOf(api, request.stageName());
        return ApiShapes.as(view(context, request.restApiId(), stage), GetStageResponse.class);
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetStages.html">GetStages</a> */
    public GetStagesResponse getStages(GetStagesRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        List<StageRecord> all = new ArrayList<>(api.stages.values());
        all.sort(Comparator.comparing(StageRecord::stageName));
        List<Stage> items = new ArrayList<>();
        for (StageRecord stage : all) {
            if (request.deploymentId() == null || request.deploymentId().equals(stage.deploymentId())) {
                items.add(view(context, request.restApiId(), stage));
            }
        }
        return GetStagesResponse.builder().item(items).build();
    }

    /**
     * Points the stage at another deployment, or changes its description, variables or tracing.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateStage.html">UpdateStage</a>
     */
    public UpdateStageResponse updateStage(UpdateStageRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.SECONDS);
        synchronized (api.lock()) {
            StageRecord stage = stageOf(api, request.stageName());
            String deploymentId = stage.deploymentId();
            String description = stage.description();
            Map<String, String> variables = new LinkedHashMap<>(stage.variables());
            boolean tracing = stage.tracingEnabled();
            boolean cache = stage.cacheClusterEnabled();
            for (PatchOperation operation : request.patchOperations()) {
                String op = operation.opAsString();
                String path = operation.path() == null ? "null" : operation.path();
                String value = operation.value();
                if (path.startsWith("/variables/")) {
                    String name = path.substring("/variables/".length());
                    if ("remove".equals(op)) {
                        variables.remove(name);
                    } else if ("replace".equals(op) || "add".equals(op)) {
                        variables.put(name, value == null ? "" : value);
                    } else {
                        throw ApiGatewayErrors.invalidPatchPath(path);
                    }
                    continue;
                }
                if (!"replace".equals(op)) {
                    throw ApiGatewayErrors.patchOperationNotReplace();
                }
                switch (path) {
                    case "/deploymentId" -> {
                        if (value == null || !api.deployments.containsKey(value)) {
                            throw ApiGatewayErrors.deploymentNotFound();
                        }
                        deploymentId = value;
                    }
                    case "/description" -> description = value;
                    case "/tracingEnabled" -> tracing = Boolean.parseBoolean(value);
                    case "/cacheClusterEnabled" -> cache = Boolean.parseBoolean(value);
                    default -> throw ApiGatewayErrors.invalidPatchPath(path);
                }
            }
            StageRecord updated = stage.with(deploymentId, description, variables, tracing, cache, now);
            api.stages.put(updated.stageName(), updated);
            return ApiShapes.as(view(context, request.restApiId(), updated), UpdateStageResponse.class);
        }
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteStage.html">DeleteStage</a> */
    public DeleteStageResponse deleteStage(DeleteStageRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        if (api.stages.remove(request.stageName()) == null) {
            throw ApiGatewayErrors.stageNotFound();
        }
        Lookups.regional(store, context).tags.remove(ApiArns.stage(context.region(), request.restApiId(), request.stageName()));
        return DeleteStageResponse.builder().build();
    }

    private static StageRecord stageOf(RestApiState api, String stageName) {
        StageRecord stage = stageName == null ? null : api.stages.get(stageName);
        if (stage == null) {
            throw ApiGatewayErrors.stageNotFound();
        }
        return stage;
    }

    private Stage view(CallContext context, String apiId, StageRecord stage) {
        return ApiShapes.stage(stage, Lookups.regional(store, context).tags.get(ApiArns.stage(context.region(), apiId, stage.stageName())));
    }
}
