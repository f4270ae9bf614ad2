package org.officeapi.emulator;

import org.officeapi.emulator.apigateway.ApiGatewayHandler;
import org.officeapi.emulator.apigateway.ApiGatewayStore;
import org.officeapi.emulator.apigateway.invoke.ExecuteApiAuthorizer;
import org.officeapi.emulator.apigateway.invoke.ExecuteApiEndpoint;
import org.officeapi.emulator.apigateway.invoke.ExecuteApiParser;
import org.officeapi.emulator.apigateway.invoke.ProxyIntegration;
import org.officeapi.emulator.auth.sigv4.CredentialsResolver;
import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.auth.sigv4.SigningCredentials;
import org.officeapi.emulator.cognitoidentity.CognitoIdentityHandler;
import org.officeapi.emulator.cognitoidentity.CognitoIdentityService;
import org.officeapi.emulator.cognitoidentity.OpenIdJwksEndpoint;
import org.officeapi.emulator.control.ControlEndpoint;
import org.officeapi.emulator.control.FallbackEndpoint;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.RequestMatchers;
import org.officeapi.emulator.core.Route;
import org.officeapi.emulator.core.Router;
import org.officeapi.emulator.core.ServiceEndpoint;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.FunctionInvoker;
import org.officeapi.emulator.ports.RoleRecord;
import org.officeapi.emulator.protocol.AwsJson11Endpoint;
import org.officeapi.emulator.lambda.CodeLinks;
import org.officeapi.emulator.lambda.LambdaCodeEndpoint;
import org.officeapi.emulator.lambda.LambdaFunctions;
import org.officeapi.emulator.lambda.LambdaHandler;
import org.officeapi.emulator.lambda.LambdaInvocations;
import org.officeapi.emulator.lambda.LambdaPermissions;
import org.officeapi.emulator.lambda.LambdaStore;
import org.officeapi.emulator.lambda.ServiceInvocations;
import org.officeapi.emulator.lambda.runtime.JavaRuntime;
import org.officeapi.emulator.protocol.AwsQueryEndpoint;
import org.officeapi.emulator.protocol.CallAuthorizer;
import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.RestJsonEndpoint;
import org.officeapi.emulator.protocol.ServiceModel;
import org.officeapi.emulator.sts.StsHandler;
import org.officeapi.emulator.sts.StsService;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Puts the embedded AWS together: one instance of each service, the ports through which they
 * talk, and the routes that send each request to its service. The only class that knows every
 * service.
 */
final class ServiceWiring {

    private final EmulatorConfig config;
    private final AwsClock clock;
    private final Router router;
    private final List<Runnable> resets = new ArrayList<>();
    private final List<Runnable> closers = new ArrayList<>();
    /** Where the server listens, once it does: links the services hand out (Lambda's code downloads) point here. */
    private volatile URI endpoint;
    /** Lambda, for services that invoke functions (API Gateway's proxy integration). */
    private final FunctionInvoker functionInvoker;

    ServiceWiring(EmulatorConfig config, AwsClock clock) {
        this.config = config;
        this.clock = clock;

        CredentialsResolver credentials = rootCredentials();
        SigV4Verifier verifier = new SigV4Verifier(credentials, clock);
        // Until IAM evaluates identity policies, only the root may make signed control-plane calls.
        CallAuthorizer authorizer = (caller, action, resource) -> Optional.of("User: " + caller.arn()
                + " is not authorized to perform: " + action + " on resource: " + resource);

        StsService sts = new StsService();
        ApiGatewayStore apiGateway = new ApiGatewayStore();
        resets.add(apiGateway::reset);
        this.endpoint = URI.create("http://" + config.host() + ":" + config.port());
        JavaRuntime lambdaRuntime = new JavaRuntime(clock);
        LambdaStore lambdaStore = new LambdaStore();
        CodeLinks codeLinks = new CodeLinks(lambdaStore, () -> endpoint, clock);
        LambdaFunctions lambdaFunctions = new LambdaFunctions(lambdaStore, lambdaRuntime, codeLinks);
        this.functionInvoker = new ServiceInvocations(lambdaStore, lambdaRuntime);
        resets.add(() -> {
            lambdaRuntime.discardAll();
            lambdaStore.reset();
        });
        closers.add(lambdaRuntime::close);
        // Until IAM is wired, this stands in for its port (replace it here when it lands)
        AccessDecisions accessDecisions = rootOnlyAccessDecisions();
        // UNWIRED: cognito-idp (UserPoolKeys), IAM (RoleDirectory, AccessDecisions) and STS (RoleSessions) are not on
        // main yet; these stand-ins refuse everything until the integrator passes the real implementations here.
        CognitoIdentityService cognitoIdentity = new CognitoIdentityService(UnwiredPorts.noUserPoolKeys(),
                UnwiredPorts.noRoles(), UnwiredPorts.denyEverything(), UnwiredPorts.noSessions());
        resets.add(cognitoIdentity::reset);

        List<Route> routes = new ArrayList<>();
        // execute-api first: its /restapis/{id}/{stage}/_user_request_/ layout would otherwise look like the
        // control plane, and a signed invoke names the service execute-api, not apigateway
        routes.add(new Route("execute-api", ExecuteApiParser.recognises(), new ExecuteApiEndpoint(apiGateway::liveStage,
                new ExecuteApiAuthorizer(verifier, accessDecisions), new ProxyIntegration(functionInvoker))));
        routes.add(new Route("control", RequestMatchers.pathStartsWith(ControlEndpoint.PREFIX),
                new ControlEndpoint(clock, config.clockControl(), config.region(), config.accountId())));
        ServiceModel stsModel = ServiceModel.load("sts");
        routes.add(new Route("sts", RequestMatchers.signedFor("sts")
                .or(RequestMatchers.unsignedFormAction(stsModel.operations().keySet())),
                new AwsQueryEndpoint(settings(stsModel, verifier, ScopeRule.regional("sts"), authorizer, Function.identity(),
                        "ValidationError"), StsHandler.operations(sts))));
        ServiceModel apiGatewayModel = ServiceModel.load("apigateway");
        // unsigned calls to the control plane reach it too, so that they get AWS's MissingAuthenticationToken
        routes.add(new Route("apigateway", RequestMatchers.signedFor("apigateway")
                .or(request -> RequestMatchers.scopeService(request) == null
                        && (request.rawPath().startsWith("/restapis") || request.rawPath().startsWith("/tags/arn"))),
                // real API Gateway reports model validation failures as ValidationException (LocalStack's snapshot
                // tests, recorded against AWS); its other input errors are BadRequestException
                new RestJsonEndpoint(settings(apiGatewayModel, verifier, ScopeRule.regional("apigateway"), authorizer,
                        Function.identity(), "ValidationException"), ApiGatewayHandler.operations(apiGateway),
                        RestJsonEndpoint.ErrorStyle.MESSAGE, ServiceEndpoint.DEFAULT_MAX_BODY_BYTES)));
        ServiceModel cognitoIdentityModel = ServiceModel.load("cognito-identity");
        // AWS reports model validation failures of cognito-identity as ValidationException (unlike cognito-idp's
        // InvalidParameterException): seen as "x-amzn-ErrorType: ValidationException:" on GetId, and in moto's tests
        // verified against AWS for CreateIdentityPool
        routes.add(new Route("cognito-identity", RequestMatchers.targetPrefix(cognitoIdentityModel.targetPrefix()),
                new AwsJson11Endpoint(settings(cognitoIdentityModel, verifier, ScopeRule.regional("cognito-identity"), authorizer,
                        Function.identity(), "ValidationException"), CognitoIdentityHandler.operations(cognitoIdentity))));
        routes.add(new Route("cognito-identity-jwks", RequestMatchers.pathMatches(Pattern.compile(Pattern.quote(OpenIdJwksEndpoint.PATH))),
                new OpenIdJwksEndpoint(cognitoIdentity)));
        routes.add(new Route("lambda-code", RequestMatchers.pathStartsWith(CodeLinks.PATH), new LambdaCodeEndpoint(codeLinks)));
        ServiceModel lambdaModel = ServiceModel.load("lambda");
        routes.add(new Route("lambda", RequestMatchers.signedFor("lambda"),
                new RestJsonEndpoint(settings(lambdaModel, verifier, ScopeRule.regional("lambda"), authorizer, Function.identity(),
                        "ValidationException"),
                        LambdaHandler.operations(lambdaFunctions, new LambdaPermissions(lambdaStore),
                                new LambdaInvocations(lambdaFunctions, lambdaRuntime)),
                        RestJsonEndpoint.ErrorStyle.TYPED_MESSAGE, LambdaHandler.MAX_REQUEST_BYTES)));
        this.router = new Router(routes, new FallbackEndpoint());
    }

    private EndpointSettings settings(ServiceModel model, SigV4Verifier verifier, ScopeRule scope, CallAuthorizer authorizer,
                                      Function<String, String> stateRegion, String validationErrorCode) {
        return new EndpointSettings(model, verifier, scope, authorizer, config.accountId(), config.region(), stateRegion,
                validationErrorCode, EndpointSettings.ResourceNamer.any());
    }

    private CredentialsResolver rootCredentials() {
        SigningCredentials root = new SigningCredentials(config.accessKey(), config.secretKey(), null, null,
                Caller.root(config.accountId(), config.accessKey()));
        return accessKeyId -> accessKeyId.equals(config.accessKey()) ? Optional.of(root) : Optional.empty();
    }

    /**
     * Stands in for IAM's {@link AccessDecisions} until IAM is wired: the account root is allowed, as in AWS;
     * every other caller gets the implicit deny of a principal without policies.
     */
    private static AccessDecisions rootOnlyAccessDecisions() {
        return new AccessDecisions() {
            @Override
            public AccessDecision trust(RoleRecord role, String principalType, String principal, String action,
                                        Map<String, List<String>> context) {
                return new AccessDecision(AccessDecision.Outcome.IMPLICIT_DENY, "no trust policy is evaluated yet");
            }

            @Override
            public AccessDecision identity(Caller caller, String action, String resourceArn, Map<String, List<String>> context) {
                return caller.isRoot() ? new AccessDecision(AccessDecision.Outcome.ALLOWED, "the account root")
                        : new AccessDecision(AccessDecision.Outcome.IMPLICIT_DENY, "no identity-based policy allows " + action);
            }
        };
    }

    Router router() {
        return router;
    }

    /** Called once the server listens, with the endpoint clients reach it at. */
    void serving(URI endpoint) {
        this.endpoint = endpoint;
    }

    FunctionInvoker functionInvoker() {
        return functionInvoker;
    }

    /** Stops what the services run in the background (Lambda's worker threads). */
    void close() {
        closers.forEach(Runnable::run);
    }

    void reset() {
        resets.forEach(Runnable::run);
        clock.reset();
    }
}
