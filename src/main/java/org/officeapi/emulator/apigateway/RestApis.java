package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.apigateway.model.ResourceRecord;
import org.officeapi.emulator.apigateway.model.RestApiRecord;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.DeleteRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.EndpointConfiguration;
import software.amazon.awssdk.services.apigateway.model.GetRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.GetRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.GetRestApisRequest;
import software.amazon.awssdk.services.apigateway.model.GetRestApisResponse;
import software.amazon.awssdk.services.apigateway.model.PatchOperation;
import software.amazon.awssdk.services.apigateway.model.RestApi;
import software.amazon.awssdk.services.apigateway.model.UpdateRestApiRequest;
import software.amazon.awssdk.services.apigateway.model.UpdateRestApiResponse;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** REST APIs themselves: create, read, list, update, delete. */
public final class RestApis {

    /** API ids and root resource ids are 10 lower-case letters and digits, as AWS draws them. */
    static final int API_ID_LENGTH = 10;
    private static final int MAX_COMPRESSION_SIZE = 10_485_760;

    private final ApiGatewayStore store;

    public RestApis(ApiGatewayStore store) {
        this.store = store;
    }

    /**
     * Creates an API with its root resource {@code /}; EDGE unless told otherwise.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_CreateRestApi.html">CreateRestApi</a>
     */
    public CreateRestApiResponse createRestApi(CreateRestApiRequest request, CallContext context) {
        if ("".equals(request.description())) {
            throw ApiGatewayErrors.emptyDescription();
        }
        Integer compression = request.minimumCompressionSize();
        if (compression != null && (compression < 0 || compression > MAX_COMPRESSION_SIZE)) {
            throw ApiGatewayErrors.compressionSize();
        }
        String[] endpoint = endpoint(request.endpointConfiguration());
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.SECONDS);
        String apiId = Ids.lowerAlnum(API_ID_LENGTH);
        while (!store.claimApiId(apiId, context.accountId(), context.region())) {
            apiId = Ids.lowerAlnum(API_ID_LENGTH);
        }
        String rootId = Ids.lowerAlnum(API_ID_LENGTH);
        RestApiRecord record = new RestApiRecord(apiId, request.name(), request.description(), request.version(), now,
                request.hasBinaryMediaTypes() ? request.binaryMediaTypes() : List.of(), compression,
                request.apiKeySource() == null ? "HEADER" : request.apiKeySourceAsString(), endpoint[0], endpoint[1],
                Boolean.TRUE.equals(request.disableExecuteApiEndpoint()), rootId, request.policy());
        RestApiState state = new RestApiState(store.nextSequence(), record);
        state.resources.put(rootId, new ResourceRecord(rootId, null, null, "/", Map.of()));
        ApiGatewayStore.Regional regional = Lookups.regional(store, context);
        if (request.hasTags() && !request.tags().isEmpty()) {
            regional.tags.put(ApiArns.restApi(context.region(), apiId), new LinkedHashMap<>(request.tags()));
        }
        regional.restApis.put(apiId, state);
        return ApiShapes.as(view(regional, context, record), CreateRestApiResponse.class);
    }

    /** {types, ipAddressType} after AWS's defaults and checks. */
    private static String[] endpoint(EndpointConfiguration configuration) {
        if (configuration == null || !configuration.hasTypes()) {
            return new String[] {"EDGE", ipAddressType(configuration, "EDGE")};
        }
        List<String> types = configuration.typesAsStrings();
        if (types.isEmpty()) {
            throw ApiGatewayErrors.noEndpointType();
        }
        if (types.size() > 1) {
            throw ApiGatewayErrors.multipleEndpointTypes();
        }
        return new String[] {types.get(0), ipAddressType(configuration, types.get(0))};
    }

    private static String ipAddressType(EndpointConfiguration configuration, String type) {
        String requested = configuration == null ? null : configuration.ipAddressTypeAsString();
        if (requested == null) {
            return type.equals("PRIVATE") ? "dualstack" : "ipv4";
        }
        if (type.equals("PRIVATE") && !requested.equals("dualstack")) {
            throw ApiGatewayErrors.privateNeedsDualstack();
        }
        return requested;
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetRestApi.html">GetRestApi</a> */
    public GetRestApiResponse getRestApi(GetRestApiRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        return ApiShapes.as(view(Lookups.regional(store, context), context, api.record()), GetRestApiResponse.class);
    }

    /** In creation order, paged. <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetRestApis.html">GetRestApis</a> */
    public GetRestApisResponse getRestApis(GetRestApisRequest request, CallContext context) {
        ApiGatewayStore.Regional regional = Lookups.regional(store, context);
        List<RestApiState> all = new ArrayList<>(regional.restApis.values());
        all.sort(Comparator.comparingLong(api -> api.sequence));
        Paging.Page<RestApiState> page = Paging.page(all, api -> String.format("%019d", api.sequence),
                request.position(), request.limit());
        List<RestApi> items = new ArrayList<>();
        page.items().forEach(api -> items.add(view(regional, context, api.record())));
        return GetRestApisResponse.builder().items(items).position(page.position()).build();
    }

    /**
     * Replaces the name, description, compression size, execute-api switch or binary media types.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_UpdateRestApi.html">UpdateRestApi</a>
     */
    public UpdateRestApiResponse updateRestApi(UpdateRestApiRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        synchronized (api.lock()) {
            RestApiRecord updated = api.record();
            for (PatchOperation operation : request.patchOperations()) {
                updated = apply(updated, operation);
            }
            api.record(updated);
            return ApiShapes.as(view(Lookups.regional(store, context), context, updated), UpdateRestApiResponse.class);
        }
    }

    private static RestApiRecord apply(RestApiRecord api, PatchOperation operation) {
        String op = operation.opAsString();
        String path = operation.path() == null ? "null" : operation.path();
        String value = operation.value();
        if (path.startsWith("/binaryMediaTypes/")) {
            // JSON Pointer escaping: image~1png is image/png
            String type = path.substring("/binaryMediaTypes/".length()).replace("~1", "/").replace("~0", "~");
            List<String> types = new ArrayList<>(api.binaryMediaTypes());
            switch (op) {
                case "add" -> {
                    if (!types.contains(type)) {
                        types.add(type);
                    }
                }
                case "remove" -> types.remove(type);
                case "replace" -> {
                    types.remove(type);
                    if (value != null && !types.contains(value)) {
                        types.add(value);
                    }
                }
                default -> throw ApiGatewayErrors.invalidPatchPath(path);
            }
            return api.withBinaryMediaTypes(types);
        }
        if (!"replace".equals(op)) {
            throw ApiGatewayErrors.patchOperationNotReplace();
        }
        switch (path) {
            case "/name" -> {
                return api.withName(value);
            }
            case "/description" -> {
                return api.withDescription(value == null || value.isEmpty() ? null : value);
            }
            case "/disableExecuteApiEndpoint" -> {
                return api.withDisableExecuteApiEndpoint(Boolean.parseBoolean(value));
            }
            case "/minimumCompressionSize" -> {
                if (value == null || value.isEmpty()) {
                    return api.withMinimumCompressionSize(null);
                }
                try {
                    int size = Integer.parseInt(value);
                    if (size < 0 || size > MAX_COMPRESSION_SIZE) {
                        throw ApiGatewayErrors.compressionSize();
                    }
                    return api.withMinimumCompressionSize(size);
                } catch (NumberFormatException e) {
                    throw ApiGatewayErrors.compressionSize();
                }
            }
            default -> throw ApiGatewayErrors.invalidPatchPath(path);
        }
    }

    /**
     * Deletes the API with its resources, deployments, stages and tags; its invoke URLs stop answering.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteRestApi.html">DeleteRestApi</a>
     */
    public DeleteRestApiResponse deleteRestApi(DeleteRestApiRequest request, CallContext context) {
        ApiGatewayStore.Regional regional = Lookups.regional(store, context);
        RestApiState removed = regional.restApis.remove(request.restApiId());
        if (removed == null) {
            throw ApiGatewayErrors.apiNotFound(context.accountId(), request.restApiId());
        }
        String arn = ApiArns.restApi(context.region(), request.restApiId());
        regional.tags.keySet().removeIf(key -> key.equals(arn) || key.startsWith(arn + "/"));
        store.releaseApiId(request.restApiId());
        return DeleteRestApiResponse.builder().build();
    }

    private static RestApi view(ApiGatewayStore.Regional regional, CallContext context, RestApiRecord record) {
        return ApiShapes.restApi(record, regional.tags.get(ApiArns.restApi(context.region(), record.id())));
    }
}
