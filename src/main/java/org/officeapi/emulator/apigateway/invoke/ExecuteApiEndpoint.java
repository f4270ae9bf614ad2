package org.officeapi.emulator.apigateway.invoke;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.officeapi.emulator.apigateway.model.LiveStage;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.core.Ids;
import org.officeapi.emulator.core.ServiceEndpoint;
import org.officeapi.emulator.ports.FunctionInvocation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The execute-api data plane: an invoke URL's request through parse → route → authorize → invoke →
 * map, each step its own class. Every refusal is one of AWS's gateway responses; nothing here answers
 * with a 5xx except what AWS answers with one (integration failures).
 */
public final class ExecuteApiEndpoint implements ServiceEndpoint {

    /** API Gateway's payload quota for REST APIs. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    private final BiFunction<String, String, Optional<LiveStage>> stages;
    private final ExecuteApiAuthorizer authorizer;
    private final ProxyIntegration integration;

    /**
     * @param stages      (API id, stage name) → the deployment that stage serves
     * @param authorizer  the SigV4 and IAM checks of AWS_IAM methods
     * @param integration the Lambda proxy integration
     */
    public ExecuteApiEndpoint(BiFunction<String, String, Optional<LiveStage>> stages, ExecuteApiAuthorizer authorizer,
                              ProxyIntegration integration) {
        this.stages = stages;
        this.authorizer = authorizer;
        this.integration = integration;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        ProxyEvent.Ids ids = new ProxyEvent.Ids(Ids.uuid(), extendedRequestId());
        try {
            return withIds(serve(request, ids), ids);
        } catch (GatewayResponseException e) {
            return write(e.response(), ids);
        }
    }

    private HttpResponse serve(HttpRequest request, ProxyEvent.Ids ids) {
        ExecuteApiRequest target = ExecuteApiParser.parse(request).orElseThrow(GatewayResponses::missingAuthenticationToken);
        Optional<LiveStage> live = target.stage().isEmpty() ? Optional.empty() : stages.apply(target.apiId(), target.stage());
        Optional<RouteMatch> route = live.flatMap(stage -> ExecuteApiRouter.route(stage.deployed(), target.resourcePath(),
                request.method()));
        if (route.isEmpty()) {
            throw authorizer.unknownRoute(request);
        }
        LiveStage stage = live.get();
        String invokeArn = ExecuteApiArn.of(stage.region(), stage.accountId(), stage.apiId(), target.stage(), request.method(),
                target.resourcePath());
        Caller caller = authorizer.authorize(request, route.get().method(), stage.region(), invokeArn);
        byte[] event = ProxyEvent.build(request, target, stage, route.get(), caller, ids);
        FunctionInvocation result = integration.invoke(route.get().method().integration(), invokeArn, event);
        return ProxyResponseMapper.map(result);
    }

    /** AWS's extended request id: 16 characters of base64, e.g. {@code JbjTcEFroAMFXtA=}. */
    private static String extendedRequestId() {
        return Base64.getEncoder().encodeToString(Ids.randomBytes(10)).substring(0, 15) + "=";
    }

    private static HttpResponse withIds(HttpResponse response, ProxyEvent.Ids ids) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(response.headers());
        headers.add(Map.entry("x-amzn-RequestId", ids.requestId()));
        headers.add(Map.entry("x-amz-apigw-id", ids.extendedRequestId()));
        return new HttpResponse(response.status(), headers, response.body());
    }

    static HttpResponse write(GatewayResponse response, ProxyEvent.Ids ids) {
        ObjectNode body = ProxyEvent.MAPPER.createObjectNode().put(response.messageKey(), response.message());
        byte[] bytes;
        try {
            bytes = ProxyEvent.MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        return withIds(new HttpResponse(response.status(), List.of(Map.entry("Content-Type", "application/json"),
                Map.entry("x-amzn-ErrorType", response.errorType())), bytes), ids);
    }

    @Override
    public int maxBodyBytes() {
        return MAX_PAYLOAD_BYTES;
    }

    @Override
    public HttpResponse bodyTooLarge(HttpRequest request) {
        return write(GatewayResponses.requestTooLarge(), new ProxyEvent.Ids(Ids.uuid(), extendedRequestId()));
    }
}
