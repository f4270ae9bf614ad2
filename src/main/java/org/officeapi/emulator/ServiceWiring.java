package org.officeapi.emulator;

import org.officeapi.emulator.auth.sigv4.CredentialsResolver;
import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.auth.sigv4.SigningCredentials;
import org.officeapi.emulator.cognitoidp.CognitoIdp;
import org.officeapi.emulator.cognitoidp.CognitoIdpHandler;
import org.officeapi.emulator.cognitoidp.ConfirmationCodeEndpoint;
import org.officeapi.emulator.cognitoidp.UserPoolDocumentsEndpoint;
import org.officeapi.emulator.control.ControlEndpoint;
import org.officeapi.emulator.control.FallbackEndpoint;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.RequestMatchers;
import org.officeapi.emulator.core.Route;
import org.officeapi.emulator.core.Router;
import org.officeapi.emulator.ports.UserPoolKeys;
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
    private final UserPoolKeys userPoolKeys;

    ServiceWiring(EmulatorConfig config, AwsClock clock) {
        this.config = config;
        this.clock = clock;

        CredentialsResolver credentials = rootCredentials();
        SigV4Verifier verifier = new SigV4Verifier(credentials, clock);
        // Until IAM evaluates identity policies, only the root may make signed control-plane calls.
        CallAuthorizer authorizer = (caller, action, resource) -> Optional.of("User: " + caller.arn()
                + " is not authorized to perform: " + action + " on resource: " + resource);

        StsService sts = new StsService();
        CognitoIdp cognitoIdp = new CognitoIdp();
        resets.add(cognitoIdp::reset);
        // the identity pools verify ID tokens through this port
        this.userPoolKeys = cognitoIdp.keys();

        List<Route> routes = new ArrayList<>();
        // emulator-only, and under /_emulator/ like the control endpoint: so before it
        routes.add(new Route("cognito-idp-emulator", RequestMatchers.pathStartsWith(ConfirmationCodeEndpoint.PREFIX),
                cognitoIdp.confirmationCodes()));
        routes.add(new Route("control", RequestMatchers.pathStartsWith(ControlEndpoint.PREFIX),
                new ControlEndpoint(clock, config.clockControl(), config.region(), config.accountId())));
        ServiceModel stsModel = ServiceModel.load("sts");
        routes.add(new Route("sts", RequestMatchers.signedFor("sts")
                .or(RequestMatchers.unsignedFormAction(stsModel.operations().keySet())),
                new AwsQueryEndpoint(settings(stsModel, verifier, ScopeRule.regional("sts"), authorizer, Function.identity(),
                        "ValidationError"), StsHandler.operations(sts))));
        ServiceModel cognitoIdpModel = ServiceModel.load("cognito-idp");
        routes.add(new Route("cognito-idp", RequestMatchers.targetPrefix(cognitoIdpModel.targetPrefix()),
                new AwsJson11Endpoint(settings(cognitoIdpModel, verifier, ScopeRule.regional("cognito-idp"), authorizer,
                        Function.identity(), "InvalidParameterException"), CognitoIdpHandler.operations(cognitoIdp))));
        // GET /{poolId}/.well-known/(jwks.json|openid-configuration) only: no other service has such a path
        routes.add(new Route("cognito-idp-documents", UserPoolDocumentsEndpoint::serves, cognitoIdp.documents()));
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

    /** The user pools' public keys by issuer, for the services that verify Cognito tokens. */
    UserPoolKeys userPoolKeys() {
        return userPoolKeys;
    }

    Router router() {
        return router;
    }

    void reset() {
        resets.forEach(Runnable::run);
        clock.reset();
    }
}
