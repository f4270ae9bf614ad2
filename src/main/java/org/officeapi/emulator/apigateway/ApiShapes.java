package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.apigateway.model.DeploymentRecord;
import org.officeapi.emulator.apigateway.model.IntegrationRecord;
import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.apigateway.model.ResourceRecord;
import org.officeapi.emulator.apigateway.model.RestApiRecord;
import org.officeapi.emulator.apigateway.model.StageRecord;
import org.officeapi.emulator.protocol.SdkPojos;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.apigateway.model.CacheClusterStatus;
import software.amazon.awssdk.services.apigateway.model.Deployment;
import software.amazon.awssdk.services.apigateway.model.EndpointConfiguration;
import software.amazon.awssdk.services.apigateway.model.Integration;
import software.amazon.awssdk.services.apigateway.model.Method;
import software.amazon.awssdk.services.apigateway.model.Resource;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.Stage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stored records as the SDK shapes AWS answers with. The operations' response classes carry the same
 * members as the shared shapes ({@code CreateRestApiResponse} and {@code RestApi}), so one shape is built
 * and copied member by member into whichever response an operation returns.
 */
final class ApiShapes {

    private ApiShapes() {}

    /** Copies every member {@code from} has into a new {@code target} (same member names, same values). */
    static <T> T as(SdkPojo from, Class<T> target) {
        SdkPojo builder = SdkPojos.builderFor(target);
        Map<String, SdkField<?>> fields = new LinkedHashMap<>();
        for (SdkField<?> field : builder.sdkFields()) {
            fields.put(field.memberName(), field);
        }
        for (SdkField<?> field : from.sdkFields()) {
            SdkField<?> into = fields.get(field.memberName());
            Object value = SdkPojos.valueOf(field, from);
            if (into != null && value != null) {
                into.set(builder, value);
            }
        }
        return SdkPojos.build(builder);
    }

    static RestApi restApi(RestApiRecord api, Map<String, String> tags) {
        RestApi.Builder out = RestApi.builder()
                .id(api.id())
                .name(api.name())
                .description(api.description())
                .version(api.version())
                .createdDate(api.createdDate())
                .apiKeySource(api.apiKeySource())
                .endpointConfiguration(EndpointConfiguration.builder().typesWithStrings(api.endpointType())
                        .ipAddressType(api.ipAddressType()).build())
                .disableExecuteApiEndpoint(api.disableExecuteApiEndpoint())
                .rootResourceId(api.rootResourceId())
                .policy(api.policy())
                .minimumCompressionSize(api.minimumCompressionSize());
        if (!api.binaryMediaTypes().isEmpty()) {
            out.binaryMediaTypes(api.binaryMediaTypes());
        }
        if (tags != null && !tags.isEmpty()) {
            out.tags(new TreeMap<>(tags));
        }
        return out.build();
    }

    /**
     * A resource as GetResources lists it. Without {@code embed=methods} AWS names each method with an
     * empty object ({@code "resourceMethods": {"GET": {}}}); with it, the methods are whole.
     */
    static Resource resource(ResourceRecord resource, boolean embedMethods) {
        Resource.Builder out = Resource.builder().id(resource.id()).parentId(resource.parentId())
                .pathPart(resource.pathPart()).path(resource.path());
        if (!resource.methods().isEmpty()) {
            Map<String, Method> methods = new TreeMap<>();
            resource.methods().forEach((verb, method) -> methods.put(verb,
                    embedMethods ? method(method) : Method.builder().build()));
            out.resourceMethods(methods);
        }
        return out.build();
    }

    static Method method(MethodRecord method) {
        Method.Builder out = Method.builder()
                .httpMethod(method.httpMethod())
                .authorizationType(method.authorizationType())
                .apiKeyRequired(method.apiKeyRequired())
                .operationName(method.operationName());
        if (method.integration() != null) {
            out.methodIntegration(integration(method.integration()));
        }
        return out.build();
    }

    static Integration integration(IntegrationRecord integration) {
        return Integration.builder()
                .type(integration.type())
                .httpMethod(integration.httpMethod())
                .uri(integration.uri())
                .passthroughBehavior(integration.passthroughBehavior())
                .timeoutInMillis(integration.timeoutInMillis())
                .cacheNamespace(integration.cacheNamespace())
                .cacheKeyParameters(List.of())
                .build();
    }

    static Deployment deployment(DeploymentRecord deployment) {
        return Deployment.builder().id(deployment.id()).description(deployment.description())
                .createdDate(deployment.createdDate()).build();
    }

    static Stage stage(StageRecord stage, Map<String, String> tags) {
        Stage.Builder out = Stage.builder()
                .stageName(stage.stageName())
                .deploymentId(stage.deploymentId())
                .description(stage.description())
                .cacheClusterEnabled(stage.cacheClusterEnabled())
                .cacheClusterStatus(CacheClusterStatus.NOT_AVAILABLE)
                .methodSettings(Map.of())
                .tracingEnabled(stage.tracingEnabled())
                .createdDate(stage.createdDate())
                .lastUpdatedDate(stage.lastUpdatedDate());
        if (!stage.variables().isEmpty()) {
            out.variables(new TreeMap<>(stage.variables()));
        }
        if (tags != null && !tags.isEmpty()) {
            out.tags(new TreeMap<>(tags));
        }
        return out.build();
    }
}
