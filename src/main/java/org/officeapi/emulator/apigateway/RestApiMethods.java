package org.officeapi.emulator.apigateway;

import org.officeapi.emulator.apigateway.model.IntegrationRecord;
import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.apigateway.model.ResourceRecord;
import org.officeapi.emulator.core.CallContext;
import software.amazon.awssdk.services.apigateway.model.DeleteMethodRequest;
import software.amazon.awssdk.services.apigateway.model.DeleteMethodResponse;
import software.amazon.awssdk.services.apigateway.model.GetIntegrationRequest;
import software.amazon.awssdk.services.apigateway.model.GetIntegrationResponse;
import software.amazon.awssdk.services.apigateway.model.GetMethodRequest;
import software.amazon.awssdk.services.apigateway.model.GetMethodResponse;
import software.amazon.awssdk.services.apigateway.model.PutIntegrationRequest;
import software.amazon.awssdk.services.apigateway.model.PutIntegrationResponse;
import software.amazon.awssdk.services.apigateway.model.PutMethodRequest;
import software.amazon.awssdk.services.apigateway.model.PutMethodResponse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Methods of resources and their integrations. */
public final class RestApiMethods {

    private static final List<String> HTTP_METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD", "ANY");
    private static final List<String> AUTHORIZATION_TYPES = List.of("NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS");
    /** API Gateway's own integration limit (and default). */
    static final int MAX_TIMEOUT_MILLIS = 29_000;
    private static final int MIN_TIMEOUT_MILLIS = 50;
    // AWS writes the path with one slash; SDK examples and LocalStack's tests also use two
    private static final Pattern LAMBDA_URI = Pattern.compile(
            "arn:aws:apigateway:[a-z0-9-]+:lambda:path/+2015-03-31/functions/(arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:[^/]+)/invocations");

    private final ApiGatewayStore store;

    public RestApiMethods(ApiGatewayStore store) {
        this.store = store;
    }

    /**
     * Adds a method to a resource. NONE and AWS_IAM are served; CUSTOM and COGNITO_USER_POOLS need an
     * authorizer, which this API has none of.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_PutMethod.html">PutMethod</a>
     */
    public PutMethodResponse putMethod(PutMethodRequest request, CallContext context) {
        RestApiState api = apiFor(context, request.restApiId());
        synchronized (api.lock()) {
            ResourceRecord resource = resourceOf(api, request.resourceId());
            String verb = request.httpMethod();
            if (!HTTP_METHODS.contains(verb)) {
                throw ApiGatewayErrors.invalidHttpMethod();
            }
            // AWS stores the type upper-cased (LocalStack follows it after snapshot tests with "none")
            String type = request.authorizationType().toUpperCase(Locale.ROOT);
            if (!AUTHORIZATION_TYPES.contains(type)) {
                throw ApiGatewayErrors.invalidAuthorizationType(request.authorizationType());
            }
            if (type.equals("CUSTOM") || type.equals("COGNITO_USER_POOLS")) {
                throw ApiGatewayErrors.authorizerRequired();
            }
            if (resource.methods().containsKey(verb)) {
                throw ApiGatewayErrors.methodExists();
            }
            MethodRecord method = new MethodRecord(verb, type, Boolean.TRUE.equals(request.apiKeyRequired()),
                    request.operationName(), null);
            api.resources.put(resource.id(), resource.withMethod(method));
            return ApiShapes.as(ApiShapes.method(method), PutMethodResponse.class);
        }
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetMethod.html">GetMethod</a> */
    public GetMethodResponse getMethod(GetMethodRequest request, CallContext context) {
        ResourceRecord resource = Lookups.resource(store, context, request.restApiId(), request.resourceId());
        return ApiShapes.as(ApiShapes.method(methodOf(resource, request.httpMethod())), GetMethodResponse.class);
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_DeleteMethod.html">DeleteMethod</a> */
    public DeleteMethodResponse deleteMethod(DeleteMethodRequest request, CallContext context) {
        RestApiState api = apiFor(context, request.restApiId());
        synchronized (api.lock()) {
            ResourceRecord resource = resourceOf(api, request.resourceId());
            methodOf(resource, request.httpMethod());
            api.resources.put(resource.id(), resource.withoutMethod(request.httpMethod()));
        }
        return DeleteMethodResponse.builder().build();
    }

    /**
     * Sets a method's integration. Only {@code AWS_PROXY} to a Lambda function is served; other types are
     * refused with a message that says so.
     * <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html">PutIntegration</a>
     */
    public PutIntegrationResponse putIntegration(PutIntegrationRequest request, CallContext context) {
        RestApiState api = apiFor(context, request.restApiId());
        synchronized (api.lock()) {
            ResourceRecord resource = resourceOf(api, request.resourceId());
            MethodRecord method = methodOf(resource, request.httpMethod());
            String type = request.typeAsString();
            if (!"AWS_PROXY".equals(type)) {
                throw ApiGatewayErrors.integrationTypeNotServed(type);
            }
            if (request.integrationHttpMethod() == null || request.integrationHttpMethod().isEmpty()) {
                throw ApiGatewayErrors.integrationHttpMethodMissing();
            }
            String uri = request.uri();
            Matcher lambda = uri == null ? null : LAMBDA_URI.matcher(uri);
            if (lambda == null || !lambda.matches()) {
                throw ApiGatewayErrors.invalidLambdaUri(uri);
            }
            int timeout = request.timeoutInMillis() == null ? MAX_TIMEOUT_MILLIS : request.timeoutInMillis();
            if (timeout < MIN_TIMEOUT_MILLIS || timeout > MAX_TIMEOUT_MILLIS) {
                // UNCONFIRMED wording
                throw ApiGatewayErrors.badRequest("Timeout should be between " + MIN_TIMEOUT_MILLIS + " ms and "
                        + MAX_TIMEOUT_MILLIS + " ms");
            }
            IntegrationRecord integration = new IntegrationRecord(type, request.integrationHttpMethod(), uri, lambda.group(1),
                    request.passthroughBehavior() == null ? "WHEN_NO_MATCH" : request.passthroughBehavior(), timeout,
                    request.cacheNamespace() == null ? resource.id() : request.cacheNamespace());
            api.resources.put(resource.id(), resource.withMethod(method.withIntegration(integration)));
            return ApiShapes.as(ApiShapes.integration(integration), PutIntegrationResponse.class);
        }
    }

    /** <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_GetIntegration.html">GetIntegration</a> */
    public GetIntegrationResponse getIntegration(GetIntegrationRequest request, CallContext context) {
        ResourceRecord resource = Lookups.resource(store, context, request.restApiId(), request.resourceId());
        MethodRecord method = methodOf(resource, request.httpMethod());
        if (method.integration() == null) {
            throw ApiGatewayErrors.integrationNotFound();
        }
        return ApiShapes.as(ApiShapes.integration(method.integration()), GetIntegrationResponse.class);
    }

    private RestApiState apiFor(CallContext context, String apiId) {
        RestApiState api = Lookups.regional(store, context).restApis.get(apiId);
        if (api == null) {
            throw ApiGatewayErrors.resourceNotFound();
        }
        return api;
    }

    private static ResourceRecord resourceOf(RestApiState api, String resourceId) {
        ResourceRecord resource = resourceId == null ? null : api.resources.get(resourceId);
        if (resource == null) {
            throw ApiGatewayErrors.resourceNotFound();
        }
        return resource;
    }

    private static MethodRecord methodOf(ResourceRecord resource, String httpMethod) {
        MethodRecord method = resource.methods().get(httpMethod);
        if (method == null) {
            throw ApiGatewayErrors.methodNotFound();
        }
        return method;
    }
}
