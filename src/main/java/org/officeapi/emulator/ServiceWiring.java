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
import org.officeapi.emulator.cognitoidp.CognitoIdp;
import org.officeapi.emulator.cognitoidp.CognitoIdpHandler;
import org.officeapi.emulator.cognitoidp.ConfirmationCodeEndpoint;
import org.officeapi.emulator.cognitoidp.UserPoolDocumentsEndpoint;
import org.officeapi.emulator.control.ControlEndpoint;
import org.officeapi.emulator.control.FallbackEndpoint;
import org.officeapi.emulator.core.AccountRegionStore;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.RequestMatchers;
import org.officeapi.emulator.core.Route;
import org.officeapi.emulator.core.Router;
import org.officeapi.emulator.core.ServiceEndpoint;
import org.officeapi.emulator.iam.IamAccess;
import org.officeapi.emulator.iam.IamHandler;
import org.officeapi.emulator.iam.IamManagedPolicies;
import org.officeapi.emulator.iam.IamRolePolicies;
import org.officeapi.emulator.iam.IamRoles;
import org.officeapi.emulator.iam.IamSimulator;
import org.officeapi.emulator.iam.IamStore;
import org.officeapi.emulator.lambda.CodeLinks;
import org.officeapi.emulator.lambda.LambdaCodeEndpoint;
import org.officeapi.emulator.lambda.LambdaFunctions;
import org.officeapi.emulator.lambda.LambdaHandler;
import org.officeapi.emulator.lambda.LambdaInvocations;
import org.officeapi.emulator.lambda.LambdaPermissions;
import org.officeapi.emulator.lambda.LambdaStore;
import org.officeapi.emulator.lambda.ServiceInvocations;
import org.officeapi.emulator.lambda.runtime.JavaRuntime;
import org.officeapi.emulator.ports.AccessDecisions;
import org.officeapi.emulator.ports.IdentityPoolTokenKeys;
import org.officeapi.emulator.ports.RoleDirectory;
import org.officeapi.emulator.protocol.AwsJson11Endpoint;
import org.officeapi.emulator.protocol.AwsJsonCors;
import org.officeapi.emulator.protocol.AwsQueryEndpoint;
import org.officeapi.emulator.protocol.CallAuthorizer;
import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.RestJsonEndpoint;
import org.officeapi.emulator.protocol.ServiceModel;
import org.officeapi.emulator.sts.StsHandler;
import org.officeapi.emulator.sts.StsService;
import org.officeapi.emulator.sts.StsSessions;
import org.officeapi.emulator.sts.StsStore;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Puts the embedded AWS together: one instance of each service, the ports through which they talk
 * (identity pools ask IAM about roles and STS for sessions; API Gateway asks IAM for decisions and
 * Lambda for invocations; Lambda asks IAM whether it may assume a function's role; STS asks the
 * identity pools for their signing keys), and the routes that send each request to its service. The
 * only class that knows every service.
 */
final class ServiceWiring {

    private final EmulatorConfig config;
    private final AwsClock clock;
    private final List<Route> routes = new ArrayList<>();
    private final Router router;
    private final List<Runnable> resets = new ArrayList<>();
    private final List<Runnable> closers = new ArrayList<>();
    /** Where the server listens, once it does: links the services hand out (Lambda's code downloads) point here. */
    private volatile URI endpoint;

    ServiceWiring(EmulatorConfig config, AwsClock clock) {
        this(config, clock, null);
    }

    /**
     * @param identityPoolKeysOverride the keys STS checks identity-pool tokens against, when a test signs its
     *                                 own; null for the identity pools' real keys
     */
    ServiceWiring(EmulatorConfig config, AwsClock clock, IdentityPoolTokenKeys identityPoolKeysOverride) {
        this.config = config;
        this.clock = clock;
        this.endpoint = URI.create("http://" + config.host() + ":" + config.port());

        IamStore iamStore = new IamStore(config.iamPropagationDelay());
        resets.add(iamStore::reset);
        IamAccess iam = new IamAccess(iamStore, clock);
        StsStore stsStore = new StsStore();
        resets.add(stsStore::reset);
        StsSessions stsSessions = new StsSessions(stsStore, clock);

        CredentialsResolver root = rootCredentials();
        // the account's root keys first, then the temporary keys of STS's role sessions
        CredentialsResolver credentials = accessKeyId -> root.lookup(accessKeyId).or(() -> stsSessions.lookup(accessKeyId));
        SigV4Verifier verifier = new SigV4Verifier(credentials, clock);
        CallAuthorizer authorizer = new IdentityPolicyAuthorizer(iam);

        CognitoIdp cognitoIdp = new CognitoIdp(clock);
        resets.add(cognitoIdp::reset);
        // the identity pools verify user pool ID tokens with the keys the user pools sign them with, and ask them
        // whether a sign-in still stands for providers with ServerSideTokenCheck
        CognitoIdentityService cognitoIdentity = new CognitoIdentityService(cognitoIdp.keys(), cognitoIdp.signIns(), iam, iam, stsSessions);
        resets.add(cognitoIdentity::reset);
        IdentityPoolTokenKeys identityPoolKeys = identityPoolKeysOverride != null ? identityPoolKeysOverride
                : cognitoIdentity.openIdTokenKeys();

        ApiGatewayStore apiGateway = new ApiGatewayStore();
        resets.add(apiGateway::reset);
        // Lambda asks IAM whether a new function's execution role exists and trusts lambda.amazonaws.com
        Lambda lambda = new Lambda(clock, iam, iam);

        // the execute-api layouts first: /restapis/{id}/{stage}/_user_request_/ would otherwise look like API Gateway's
        // control plane, and a request to an API signed for another service must still reach the API (which refuses it)
        routes.add(new Route("execute-api", ExecuteApiParser.recognises(), new ExecuteApiEndpoint(apiGateway::liveStage,
                new ExecuteApiAuthorizer(verifier, iam), new ProxyIntegration(lambda.invoker()))));
        // emulator-only, and under /_emulator/ like the control endpoint: so before it
        routes.add(new Route("cognito-idp-emulator", RequestMatchers.pathStartsWith(ConfirmationCodeEndpoint.PREFIX),
                cognitoIdp.confirmationCodes()));
        routes.add(new Route("control", RequestMatchers.pathStartsWith(ControlEndpoint.PREFIX),
                new ControlEndpoint(clock, config.clockControl(), config.region(), config.accountId())));
        lambda(verifier, authorizer, lambda);
        apiGatewayControlPlane(verifier, authorizer, apiGateway);
        sts(verifier, authorizer, new StsService(iam, iam, identityPoolKeys, stsSessions));
        iam(verifier, authorizer, iamStore);
        // a browser's CORS preflight names no operation yet (no X-Amz-Target): both Cognito services answer it alike
        routes.add(new Route("awsjson-cors-preflight", AwsJsonCors::isPreflight, AwsJsonCors.preflights()));
        cognitoIdentity(verifier, authorizer, cognitoIdentity);
        cognitoIdp(verifier, authorizer, cognitoIdp);
        this.router = new Router(routes, new FallbackEndpoint());
    }

    /** Lambda's parts: its store, its Java runtime, the functions over them, and code download links on this endpoint. */
    private final class Lambda {
        final JavaRuntime runtime;
        final LambdaStore store = new LambdaStore();
        final CodeLinks codeLinks;
        final LambdaFunctions functions;

        Lambda(AwsClock clock, RoleDirectory roles, AccessDecisions access) {
            this.runtime = new JavaRuntime(clock);
            this.codeLinks = new CodeLinks(store, () -> endpoint, clock);
            this.functions = new LambdaFunctions(store, runtime, codeLinks, roles, access);
            resets.add(() -> {
                runtime.discardAll();
                store.reset();
            });
            closers.add(runtime::close);
        }

        /** Invocations on behalf of other services (API Gateway's proxy integration). */
        ServiceInvocations invoker() {
            return new ServiceInvocations(store, runtime);
        }
    }

    private void lambda(SigV4Verifier verifier, CallAuthorizer authorizer, Lambda lambda) {
        routes.add(new Route("lambda-code", RequestMatchers.pathStartsWith(CodeLinks.PATH), new LambdaCodeEndpoint(lambda.codeLinks)));
        ServiceModel model = ServiceModel.load("lambda");
        routes.add(new Route("lambda", RequestMatchers.signedFor("lambda"),
                new RestJsonEndpoint(settings(model, verifier, ScopeRule.regional("lambda"), authorizer, Function.identity(),
                        "ValidationException", LambdaHandler.iamQuestions()),
                        LambdaHandler.operations(lambda.functions, new LambdaPermissions(lambda.store),
                                new LambdaInvocations(lambda.functions, lambda.runtime)),
                        RestJsonEndpoint.ErrorStyle.TYPED_MESSAGE, LambdaHandler.MAX_REQUEST_BYTES)));
    }

    private void apiGatewayControlPlane(SigV4Verifier verifier, CallAuthorizer authorizer, ApiGatewayStore store) {
        ServiceModel model = ServiceModel.load("apigateway");
        // unsigned calls to the control plane reach it too, so that they get AWS's MissingAuthenticationToken
        routes.add(new Route("apigateway", RequestMatchers.signedFor("apigateway")
                .or(request -> RequestMatchers.scopeService(request) == null
                        && (request.rawPath().startsWith("/restapis") || request.rawPath().startsWith("/tags/arn"))),
                // real API Gateway reports model validation failures as ValidationException (LocalStack's snapshot
                // tests, recorded against AWS); its other input errors are BadRequestException
                new RestJsonEndpoint(settings(model, verifier, ScopeRule.regional("apigateway"), authorizer, Function.identity(),
                        "ValidationException", ApiGatewayHandler.iamQuestions()), ApiGatewayHandler.operations(store),
                        RestJsonEndpoint.ErrorStyle.MESSAGE, ServiceEndpoint.DEFAULT_MAX_BODY_BYTES)));
    }

    private void sts(SigV4Verifier verifier, CallAuthorizer authorizer, StsService sts) {
        // GetCallerIdentity needs no permission: AWS answers it even for a caller whose policies deny everything
        CallAuthorizer stsAuthorizer = (caller, action, resource) ->
                action.equals("sts:GetCallerIdentity") ? Optional.empty() : authorizer.denial(caller, action, resource);
        ServiceModel model = ServiceModel.load("sts");
        routes.add(new Route("sts", RequestMatchers.signedFor("sts").or(RequestMatchers.unsignedFormAction(model.operations().keySet())),
                new AwsQueryEndpoint(settings(model, verifier, ScopeRule.regional("sts"), stsAuthorizer, Function.identity(),
                        "ValidationError", EndpointSettings.ResourceNamer.any()), StsHandler.operations(sts))));
    }

    private void iam(SigV4Verifier verifier, CallAuthorizer authorizer, IamStore store) {
        IamRoles roles = new IamRoles(store);
        ServiceModel model = ServiceModel.load("iam");
        // IAM is global: whatever region a call is signed for, it acts on the account's one IAM
        routes.add(new Route("iam", RequestMatchers.signedFor("iam"),
                new AwsQueryEndpoint(settings(model, verifier, ScopeRule.global("iam"), authorizer, region -> AccountRegionStore.GLOBAL,
                        "ValidationError", IamHandler.resources(store)),
                        IamHandler.operations(roles, new IamRolePolicies(roles), new IamManagedPolicies(store, roles),
                                new IamSimulator(store, roles)))));
    }

    private void cognitoIdp(SigV4Verifier verifier, CallAuthorizer authorizer, CognitoIdp cognitoIdp) {
        ServiceModel model = ServiceModel.load("cognito-idp");
        routes.add(new Route("cognito-idp", RequestMatchers.targetPrefix(model.targetPrefix()),
                new AwsJson11Endpoint(settings(model, verifier, ScopeRule.regional("cognito-idp"), authorizer, Function.identity(),
                        "InvalidParameterException", CognitoIdpHandler.resources()), CognitoIdpHandler.operations(cognitoIdp))));
        // GET /{poolId}/.well-known/(jwks.json|openid-configuration) only: no other service has such a path
        routes.add(new Route("cognito-idp-documents", UserPoolDocumentsEndpoint::serves, cognitoIdp.documents()));
    }

    private void cognitoIdentity(SigV4Verifier verifier, CallAuthorizer authorizer, CognitoIdentityService service) {
        ServiceModel model = ServiceModel.load("cognito-identity");
        // AWS reports model validation failures of cognito-identity as ValidationException (unlike cognito-idp's
        // InvalidParameterException): seen as "x-amzn-ErrorType: ValidationException:" on GetId, and in moto's tests
        // verified against AWS for CreateIdentityPool
        routes.add(new Route("cognito-identity", RequestMatchers.targetPrefix(model.targetPrefix()),
                new AwsJson11Endpoint(settings(model, verifier, ScopeRule.regional("cognito-identity"), authorizer, Function.identity(),
                        "ValidationException", CognitoIdentityHandler.resources()), CognitoIdentityHandler.operations(service))));
        routes.add(new Route("cognito-identity-jwks", RequestMatchers.pathMatches(Pattern.compile(Pattern.quote(OpenIdJwksEndpoint.PATH))),
                new OpenIdJwksEndpoint(service)));
    }

    private EndpointSettings settings(ServiceModel model, SigV4Verifier verifier, ScopeRule scope, CallAuthorizer authorizer,
                                      Function<String, String> stateRegion, String validationErrorCode,
                                      EndpointSettings.ResourceNamer resources) {
        return settings(model, verifier, scope, authorizer, stateRegion, validationErrorCode,
                EndpointSettings.IamQuestions.byOperation(model.signingName(), resources));
    }

    private EndpointSettings settings(ServiceModel model, SigV4Verifier verifier, ScopeRule scope, CallAuthorizer authorizer,
                                      Function<String, String> stateRegion, String validationErrorCode,
                                      EndpointSettings.IamQuestions iamQuestions) {
        return new EndpointSettings(model, verifier, scope, authorizer, config.accountId(), config.region(), stateRegion,
                validationErrorCode, iamQuestions);
    }

    private CredentialsResolver rootCredentials() {
        SigningCredentials root = new SigningCredentials(config.accessKey(), config.secretKey(), null, null,
                Caller.root(config.accountId(), config.accessKey()));
        return accessKeyId -> accessKeyId.equals(config.accessKey()) ? Optional.of(root) : Optional.empty();
    }

    Router router() {
        return router;
    }

    /** Called once the server listens, with the endpoint clients reach it at. */
    void serving(URI endpoint) {
        this.endpoint = endpoint;
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
