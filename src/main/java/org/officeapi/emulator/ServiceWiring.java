package org.officeapi.emulator;

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
import org.officeapi.emulator.protocol.AwsJson11Endpoint;
import org.officeapi.emulator.protocol.AwsQueryEndpoint;
import org.officeapi.emulator.protocol.CallAuthorizer;
import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.ServiceModel;
import org.officeapi.emulator.sts.StsHandler;
import org.officeapi.emulator.sts.StsService;

import java.util.ArrayList;
import java.util.List;
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

    ServiceWiring(EmulatorConfig config, AwsClock clock) {
        this.config = config;
        this.clock = clock;

        CredentialsResolver credentials = rootCredentials();
        SigV4Verifier verifier = new SigV4Verifier(credentials, clock);
        // Until IAM evaluates identity policies, only the root may make signed control-plane calls.
        CallAuthorizer authorizer = (caller, action, resource) -> Optional.of("User: " + caller.arn()
                + " is not authorized to perform: " + action + " on resource: " + resource);

        StsService sts = new StsService();
        // UNWIRED: cognito-idp (UserPoolKeys), IAM (RoleDirectory, AccessDecisions) and STS (RoleSessions) are not on
        // main yet; these stand-ins refuse everything until the integrator passes the real implementations here.
        CognitoIdentityService cognitoIdentity = new CognitoIdentityService(UnwiredPorts.noUserPoolKeys(),
                UnwiredPorts.noRoles(), UnwiredPorts.denyEverything(), UnwiredPorts.noSessions());
        resets.add(cognitoIdentity::reset);

        List<Route> routes = new ArrayList<>();
        routes.add(new Route("control", RequestMatchers.pathStartsWith(ControlEndpoint.PREFIX),
                new ControlEndpoint(clock, config.clockControl(), config.region(), config.accountId())));
        ServiceModel stsModel = ServiceModel.load("sts");
        routes.add(new Route("sts", RequestMatchers.signedFor("sts")
                .or(RequestMatchers.unsignedFormAction(stsModel.operations().keySet())),
                new AwsQueryEndpoint(settings(stsModel, verifier, ScopeRule.regional("sts"), authorizer, Function.identity(),
                        "ValidationError"), StsHandler.operations(sts))));
        ServiceModel cognitoIdentityModel = ServiceModel.load("cognito-identity");
        // AWS reports model validation failures of cognito-identity as ValidationException (unlike cognito-idp's
        // InvalidParameterException): seen as "x-amzn-ErrorType: ValidationException:" on GetId, and in moto's tests
        // verified against AWS for CreateIdentityPool
        routes.add(new Route("cognito-identity", RequestMatchers.targetPrefix(cognitoIdentityModel.targetPrefix()),
                new AwsJson11Endpoint(settings(cognitoIdentityModel, verifier, ScopeRule.regional("cognito-identity"), authorizer,
                        Function.identity(), "ValidationException"), CognitoIdentityHandler.operations(cognitoIdentity))));
        routes.add(new Route("cognito-identity-jwks", RequestMatchers.pathMatches(Pattern.compile(Pattern.quote(OpenIdJwksEndpoint.PATH))),
                new OpenIdJwksEndpoint(cognitoIdentity)));
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

    Router router() {
        return router;
    }

    void reset() {
        resets.forEach(Runnable::run);
        clock.reset();
    }
}
