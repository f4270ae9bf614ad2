package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.apigateway.model.GetTagsRequest;
import software.amazon.awssdk.services.apigateway.model.GetTagsResponse;
import software.amazon.awssdk.services.apigateway.model.TagResourceRequest;
import software.amazon.awssdk.services.apigateway.model.TagResourceResponse;
import software.amazon.awssdk.services.apigateway.model.UntagResourceRequest;
import software.amazon.awssdk.services.apigateway.model.UntagResourceResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Tags on REST APIs and stages, addressed by ARN. */
public final class ApiGatewayTags {

    private final ApiGatewayStore store;

    public ApiGatewayTags(ApiGatewayStore store) {
        this.store = store;
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_TagResource.html">TagResource</a> */
    public TagResourceResponse tagResource(TagResourceRequest request, CallContext context) {
        String arn = existing(request.resourceArn(), context);
        Lookups.regional(store, context).tags.compute(arn, (key, current) -> {
            Map<String, String> merged = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
            merged.putAll(request.tags());
            return merged;
        });
        return TagResourceResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_UntagResource.html">UntagResource</a> */
    public UntagResourceResponse untagResource(UntagResourceRequest request, CallContext context) {
        String arn = existing(request.resourceArn(), context);
        Lookups.regional(store, context).tags.computeIfPresent(arn, (key, current) -> {
            Map<String, String> fewer = new LinkedHashMap<>(current);
            request.tagKeys().forEach(fewer::remove);
            return fewer.isEmpty() ? null : fewer;
        });
        return UntagResourceResponse.builder().build();
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetTags.html">GetTags</a> */
    public GetTagsResponse getTags(GetTagsRequest request, CallContext context) {
        String arn = existing(request.resourceArn(), context);
        Map<String, String> tags = Lookups.regional(store, context).tags.get(arn);
        return GetTagsResponse.builder().tags(tags == null ? Map.of() : new TreeMap<>(tags)).build();
    }

    /** The ARN, once it names an API or stage of this account and region. */
    private String existing(String arn, CallContext context) {
        ApiArns.Target target = ApiArns.parse(arn);
        if (!target.region().equals(context.region())) {
            throw ApiGatewayErrors.invalidResourceArn(arn);
        }
        RestApiState api = Lookups.api(store, context, target.apiId());
        if (target.stage() != null && !api.stages.containsKey(target.stage())) {
            throw ApiGatewayErrors.stageNotFound();
        }
        return arn;
    }
}
