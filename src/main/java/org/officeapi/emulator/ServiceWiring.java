package org.officeapi.emulator;

import org.officeapi.emulator.auth.sigv4.CredentialsResolver;
import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.auth.sigv4.SigningCredentials;
import org.officeapi.emulator.control.ControlEndpoint;
import org.officeapi.emulator.control.FallbackEndpoint;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.RequestMatchers;
import org.officeapi.emulator.core.Route;
import org.officeapi.emulator.core.Router;
import org.officeapi.emulator.lambda.CodeLinks;
import org.officeapi.emulator.lambda.LambdaCodeEndpoint;
import org.officeapi.emulator.lambda.LambdaFunctions;
import org.officeapi.emulator.lambda.LambdaHandler;
import org.officeapi.emulator.lambda.LambdaInvocations;
import org.officeapi.emulator.lambda.LambdaPermissions;
import org.officeapi.emulator.lambda.LambdaStore;
import org.officeapi.emulator.lambda.ServiceInvocations;
import org.officeapi.emulator.lambda.runtime.JavaRuntime;
import org.officeapi.emulator.ports.FunctionInvoker;
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

        List<Route> routes = new ArrayList<>();
        routes.add(new Route("control", RequestMatchers.pathStartsWith(ControlEndpoint.PREFIX),
                new ControlEndpoint(clock, config.clockControl(), config.region(), config.accountId())));
        ServiceModel stsModel = ServiceModel.load("sts");
        routes.add(new Route("sts", RequestMatchers.signedFor("sts")
                .or(RequestMatchers.unsignedFormAction(stsModel.operations().keySet())),
                new AwsQueryEndpoint(settings(stsModel, verifier, ScopeRule.regional("sts"), authorizer, Function.identity(),
                        "ValidationError"), StsHandler.operations(sts))));
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
