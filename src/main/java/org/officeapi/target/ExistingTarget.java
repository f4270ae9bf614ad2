package org.officeapi.target;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A stack that is already deployed (the regression gate before a deploy): nothing is created or
 * deleted; the Background's tables are checked against what is deployed, and the scenarios run
 * against it. Credentials need read access to Cognito, IAM (including SimulatePrincipalPolicy) and
 * API Gateway; the test users' passwords come from the environment.
 */
public final class ExistingTarget implements Target {

    private final DeployedStackConfig stack;
    private final AwsCredentialsProvider credentials;
    private final AwsClients clients;
    private final Clock clock;
    private final TimeMachine timeMachine;

    ExistingTarget(DeployedStackConfig stack, AwsCredentialsProvider credentials) {
        this.stack = stack;
        this.credentials = credentials;
        this.clients = new AwsClients(Region.of(stack.region()), stack.endpoint(), credentials);
        EmulatorControl.RemoteClock remote = stack.endpoint() == null ? null : new EmulatorControl(stack.endpoint()).clock().orElse(null);
        this.clock = remote != null ? remote : Clock.systemUTC();
        this.timeMachine = remote;
    }

    public static ExistingTarget fromSystemProperties() {
        String file = System.getProperty("stack.config");
        if (file == null || file.isBlank()) {
            throw new TargetUnavailableException("the existing target needs the deployed stack's description: pass -Dstack.config=FILE"
                    + " (see README, \"Against a stack that is already deployed\")");
        }
        DeployedStackConfig stack = DeployedStackConfig.load(Path.of(file), System::getenv);
        String profile = System.getProperty("aws.profile");
        return new ExistingTarget(stack, profile == null || profile.isBlank()
                ? DefaultCredentialsProvider.builder().build() : ProfileCredentialsProvider.create(profile));
    }

    public DeployedStackConfig stack() {
        return stack;
    }

    @Override
    public String name() {
        return "existing";
    }

    @Override
    public Region region() {
        return Region.of(stack.region());
    }

    @Override
    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(stack.endpoint());
    }

    @Override
    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    @Override
    public AwsClients clients() {
        return clients;
    }

    @Override
    public URI invokeUrl(String apiId) {
        if (stack.invokeUrl() != null) {
            return stack.invokeUrl();
        }
        return stack.endpoint() == null ? URI.create("https://" + apiId + ".execute-api." + stack.region() + ".amazonaws.com")
                : URI.create(stack.endpoint() + "/_aws/execute-api/" + apiId);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<TimeMachine> timeMachine() {
        return Optional.ofNullable(timeMachine);
    }

    @Override
    public boolean provisions() {
        return false;
    }

    @Override
    public Map<String, String> unsupportedTags() {
        String creates = "the existing target never creates anything, and this scenario needs a user, client or pool of its own";
        String ownStack = "the existing target checks the deployed stack against the walkthrough's Background, and this feature"
                + " states a stack of its own";
        return timeMachine != null ? Map.of("@creates-resources", creates, "@own-stack", ownStack)
                : Map.of("@creates-resources", creates, "@own-stack", ownStack,
                "@moves-time", "the deployed stack's clock cannot be moved, and the scenario would have to wait for tokens or credentials to expire");
    }

    @Override
    public void close() {
        clients.close();
    }
}
