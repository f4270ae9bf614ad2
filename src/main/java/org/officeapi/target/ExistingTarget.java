package org.officeapi.target;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * A stack that is already deployed (the regression gate before a deploy): nothing is created or
 * deleted; the Background's tables are checked against what is deployed, and the scenarios run
 * against it. Credentials need read access to Cognito, IAM (including SimulatePrincipalPolicy) and
 * API Gateway; the test users' passwords come from the environment.
 */
public final class ExistingTarget extends AbstractTarget {

    private final DeployedStackConfig stack;

    ExistingTarget(DeployedStackConfig stack, AwsCredentialsProvider credentials) {
        super(Region.of(stack.region()), stack.endpoint(), credentials, TargetClock.at(stack.endpoint()));
        this.stack = stack;
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
    protected String whoseClock() {
        return "the deployed stack's";
    }

    /** The stack description's own invoke URL, when it gives one (a custom domain); else as for any endpoint. */
    @Override
    public URI invokeUrl(String apiId) {
        return stack.invokeUrl() != null ? stack.invokeUrl() : super.invokeUrl(apiId);
    }

    @Override
    public boolean provisions() {
        return false;
    }

    @Override
    protected Map<String, String> unsupportedTagsBesidesTime() {
        return Map.of(
                "@creates-resources", "the existing target never creates anything, and this scenario needs a user, client or pool of its own",
                "@own-stack", "the existing target checks the deployed stack against the walkthrough's Background, and this feature"
                        + " states a stack of its own");
    }
}
