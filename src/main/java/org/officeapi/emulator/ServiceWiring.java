package org.officeapi.emulator;

import org.officeapi.emulator.auth.sigv4.CredentialsResolver;
import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.auth.sigv4.SigningCredentials;
import org.officeapi.emulator.control.ControlEndpoint;
import org.officeapi.emulator.control.FallbackEndpoint;
import org.officeapi.emulator.core.AccountRegionStore;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.RequestMatchers;
import org.officeapi.emulator.core.Route;
import org.officeapi.emulator.core.Router;
import org.officeapi.emulator.iam.IamAccess;
import org.officeapi.emulator.iam.IamHandler;
import org.officeapi.emulator.iam.IamManagedPolicies;
import org.officeapi.emulator.iam.IamRolePolicies;
import org.officeapi.emulator.iam.IamRoles;
import org.officeapi.emulator.iam.IamSimulator;
import org.officeapi.emulator.iam.IamStore;
import org.officeapi.emulator.ports.IdentityPoolTokenKeys;
import org.officeapi.emulator.protocol.AwsQueryEndpoint;
import org.officeapi.emulator.protocol.CallAuthorizer;
import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.ServiceModel;
import org.officeapi.emulator.sts.StsHandler;
import org.officeapi.emulator.sts.StsService;
import org.officeapi.emulator.sts.StsSessions;
import org.officeapi.emulator.sts.StsStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    ServiceWiring(EmulatorConfig config, AwsClock clock) {
        // Cognito identity pools implement this port; until they are wired, no identity pool token verifies
        this(config, clock, Map::of);
    }

    /** With the keys identity pool tokens are checked against given (tests sign their own tokens). */
    ServiceWiring(EmulatorConfig config, AwsClock clock, IdentityPoolTokenKeys identityPoolKeys) {
        this.config = config;
        this.clock = clock;

        IamStore iamStore = new IamStore(config.iamPropagationDelay());
        resets.add(iamStore::reset);
        IamAccess iamAccess = new IamAccess(iamStore, clock);
        StsStore stsStore = new StsStore();
        resets.add(stsStore::reset);
        StsSessions stsSessions = new StsSessions(stsStore, clock);

        CredentialsResolver root = rootCredentials();
        // the account's root keys first, then the temporary keys of STS's role sessions
        CredentialsResolver credentials = accessKeyId -> root.lookup(accessKeyId).or(() -> stsSessions.lookup(accessKeyId));
        SigV4Verifier verifier = new SigV4Verifier(credentials, clock);
        CallAuthorizer authorizer = new IdentityPolicyAuthorizer(iamAccess);
        // GetCallerIdentity needs no permission: AWS answers it even for a caller whose policies deny everything
        CallAuthorizer stsAuthorizer = (caller, action, resource) ->
                action.equals("sts:GetCallerIdentity") ? Optional.empty() : authorizer.denial(caller, action, resource);

        IamRoles iamRoles = new IamRoles(iamStore);
        StsService sts = new StsService(iamAccess, iamAccess, identityPoolKeys, stsSessions);

        List<Route> routes = new ArrayList<>();
        routes.add(new Route("control", RequestMatchers.pathStartsWith(ControlEndpoint.PREFIX),
                new ControlEndpoint(clock, config.clockControl(), config.region(), config.accountId())));
        ServiceModel stsModel = ServiceModel.load("sts");
        routes.add(new Route("sts", RequestMatchers.signedFor("sts")
                .or(RequestMatchers.unsignedFormAction(stsModel.operations().keySet())),
                new AwsQueryEndpoint(settings(stsModel, verifier, ScopeRule.regional("sts"), stsAuthorizer, Function.identity(),
                        "ValidationError", EndpointSettings.ResourceNamer.any()), StsHandler.operations(sts))));
        ServiceModel iamModel = ServiceModel.load("iam");
        routes.add(new Route("iam", RequestMatchers.signedFor("iam"),
                new AwsQueryEndpoint(settings(iamModel, verifier, ScopeRule.global("iam"), authorizer,
                        region -> AccountRegionStore.GLOBAL, "ValidationError", IamHandler.resources(iamStore)),
                        IamHandler.operations(iamRoles, new IamRolePolicies(iamRoles), new IamManagedPolicies(iamStore, iamRoles),
                                new IamSimulator(iamStore, iamRoles)))));
        this.router = new Router(routes, new FallbackEndpoint());
    }

    private EndpointSettings settings(ServiceModel model, SigV4Verifier verifier, ScopeRule scope, CallAuthorizer authorizer,
                                      Function<String, String> stateRegion, String validationErrorCode,
                                      EndpointSettings.ResourceNamer resources) {
        return new EndpointSettings(model, verifier, scope, authorizer, config.accountId(), config.region(), stateRegion,
                validationErrorCode, resources);
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
