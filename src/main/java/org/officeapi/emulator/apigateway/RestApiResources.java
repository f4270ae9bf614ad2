package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.apigateway.model.ResourceRecord;
import org.officeapi.emulator.core.CallContext;
import org.officeapi.emulator.core.Ids;
import software.amazon.awssdk.services.apigateway.model.CreateResourceRequest;
import software.amazon.awssdk.services.apigateway.model.CreateResourceResponse;
import software.amazon.awssdk.services.apigateway.model.DeleteResourceRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteResourceResponse;
import software.amazon.awssdk.services.apigateway.model.GetResourceRequest;
import software.amazon.awssdk.services.apigateway.model.GetResourceResponse;
import software.amazon.awssdk.services.apigateway.model.GetResourcesRequest;
import software.amazon.awssdk.services.apigateway.model.GetResourcesResponse;
import software.amazon.awssdk.services.apigateway.model.Resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The resource tree of a REST API: the path parts its methods hang on. */
public final class RestApiResources {

    /** Child resource ids are 6 lower-case letters and digits, as AWS draws them (the root's are 10). */
    static final int RESOURCE_ID_LENGTH = 6;
    private static final Pattern PLAIN_PART = Pattern.compile("[a-zA-Z0-9._-]+");
    private static final Pattern VARIABLE_PART = Pattern.compile("\\{[a-zA-Z0-9._-]+\\+?}");

    private final ApiGatewayStore store;

    public RestApiResources(ApiGatewayStore store) {
        this.store = store;
    }

    /**
     * Ordered by path, as AWS lists them; {@code embed=methods} includes each method whole.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetResources.html">GetResources</a>
     */
    public GetResourcesResponse getResources(GetResourcesRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        boolean embed = request.hasEmbed() && request.embed().stream()
                .flatMap(value -> List.of(value.split(",")).stream()).anyMatch(value -> value.trim().equals("methods"));
        List<ResourceRecord> all = new ArrayList<>(api.resources.values());
        all.sort(Comparator.comparing(ResourceRecord::path));
        Paging.Page<ResourceRecord> page = Paging.page(all, ResourceRecord::path, request.position(), request.limit());
        List<Resource> items = new ArrayList<>();
        page.items().forEach(resource -> items.add(ApiShapes.resource(resource, embed)));
        return GetResourcesResponse.builder().items(items).position(page.position()).build();
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetResource.html">GetResource</a> */
    public GetResourceResponse getResource(GetResourceRequest request, CallContext context) {
        ResourceRecord resource = Lookups.resource(store, context, request.restApiId(), request.resourceId());
        boolean embed = request.hasEmbed() && request.embed().contains("methods");
        return ApiShapes.as(ApiShapes.resource(resource, embed), GetResourceResponse.class);
    }

    /**
     * Adds a path part under a parent: a literal, a {@code {variable}} or a greedy {@code {proxy+}}, with
     * AWS's rules on siblings and on children of greedy parts.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_CreateResource.html">CreateResource</a>
     */
    public CreateResourceResponse createResource(CreateResourceRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        String pathPart = request.pathPart();
        if (pathPart == null || pathPart.isEmpty()) {
            throw ApiGatewayErrors.pathPartMissing();
        }
        if (!PLAIN_PART.matcher(pathPart).matches() && !VARIABLE_PART.matcher(pathPart).matches()) {
            throw ApiGatewayErrors.invalidPathPart();
        }
        synchronized (api.lock()) {
            ResourceRecord parent = api.resources.get(request.parentId());
            if (parent == null) {
                throw ApiGatewayErrors.resourceNotFound();
            }
            if (parent.greedy()) {
                throw ApiGatewayErrors.childOfGreedy(parent.pathPart());
            }
            boolean variable = pathPart.startsWith("{");
            for (ResourceRecord sibling : api.resources.values()) {
                if (!parent.id().equals(sibling.parentId())) {
                    continue;
                }
                if (sibling.pathPart().equals(pathPart)) {
                    throw ApiGatewayErrors.siblingNameTaken(pathPart);
                }
                if (variable && sibling.variable()) {
                    throw ApiGatewayErrors.siblingVariableTaken(sibling.pathPart());
                }
            }
            String id = Ids.lowerAlnum(RESOURCE_ID_LENGTH);
            while (api.resources.containsKey(id)) {
                id = Ids.lowerAlnum(RESOURCE_ID_LENGTH);
            }
            String path = parent.root() ? "/" + pathPart : parent.path() + "/" + pathPart;
            ResourceRecord created = new ResourceRecord(id, parent.id(), pathPart, path, Map.of());
            api.resources.put(id, created);
            return ApiShapes.as(ApiShapes.resource(created, false), CreateResourceResponse.class);
        }
    }

    /**
     * Deletes a resource with everything under it. Stages keep serving their deployments.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteResource.html">DeleteResource</a>
     */
    public DeleteResourceResponse deleteResource(DeleteResourceRequest request, CallContext context) {
        RestApiState api = Lookups.api(store, context, request.restApiId());
        synchronized (api.lock()) {
            ResourceRecord resource = api.resources.get(request.resourceId());
            if (resource == null) {
                throw ApiGatewayErrors.resourceNotFound();
            }
            if (resource.root()) {
                throw ApiGatewayErrors.rootCannotBeDeleted();
            }
            Set<String> doomed = new HashSet<>(Set.of(resource.id()));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (ResourceRecord candidate : api.resources.values()) {
                    if (candidate.parentId() != null && doomed.contains(candidate.parentId()) && doomed.add(candidate.id())) {
                        grew = true;
                    }
                }
            }
            doomed.forEach(api.resources::remove);
        }
        return DeleteResourceResponse.builder().build();
    }
}
