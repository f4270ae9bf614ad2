package org.officeapi.stack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.lambda.FixtureZips;
import org.officeapi.lambda.CallerHeaders;
import org.officeapi.lambda.OfficeApiHandler;
import org.officeapi.target.EmbeddedTarget;
import org.officeapi.testsupport.WalkthroughStack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provisioning waits out IAM's propagation before it hands a stack to the scenarios, against an embedded
 * AWS that delays it: the Lambda's fresh execution role, the identity pool's fresh roles and the roles'
 * fresh policies are each retried until they work, or the stack is reported as not ready. Deterministic:
 * the delay is long, and the test moves the embedded AWS's clock past it when (and only when) a progress
 * line says that provisioning is waiting, so every wait is seen, and each ends at its next retry.
 */
class StackReadinessSdkTest {

    /**
     * Long beside the provisioning steps, yet short enough that the clock, moved past it at most four
     * times in a test, stays within SigV4's five minutes of the SDK's own: a skew beyond would make the
     * SDK correct its JVM-wide clock offset, which other tests in this JVM would then inherit.
     */
    private static final Duration DELAY = Duration.ofMinutes(1);

    @TempDir
    static Path dir;
    private static Path lambdaZip;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private volatile boolean movesTimeWhenWaiting = true;
    private EmbeddedTarget target;
    private final Progress progress = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8) {
        @Override
        public void println(String line) {
            super.println(line);
            if (movesTimeWhenWaiting && line.contains("while IAM propagates")) {
                target.aws().clock().advance(DELAY);
            }
        }
    }, true);
    private final Teardown teardown = new Teardown(AwsErrors::isNotFound, progress);

    @BeforeAll
    static void buildTheLambda() throws IOException {
        lambdaZip = Files.write(dir.resolve("office-api-lambda.zip"), FixtureZips.of(OfficeApiHandler.class, CallerHeaders.class));
    }

    @AfterEach
    void tearDown() {
        if (target != null) {
            assertThat(teardown.run()).isEmpty();
            target.close();
        }
    }

    private StackProvisioner provisioner(Duration iamDelay, Duration limit) {
        target = new EmbeddedTarget(EmbeddedAws.builder().port(0).iamPropagationDelay(iamDelay).start());
        return new StackProvisioner(target, ResourceNames.newRun(Instant.now()), lambdaZip, progress, limit);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFreshStackIsHandedOverOnlyOnceEveryRoleWorks() {
        ProvisionedStack stack = provisioner(DELAY, Duration.ofMinutes(1)).obtain(WalkthroughStack.spec(), teardown);

        assertThat(output())
                .containsPattern("function oaa-\\w+-office-api: InvalidParameterValueException while IAM propagates, retry 1 in 250 ms")
                .contains("readiness: credentials of role CognitoRoleSecureAPIAdmin for Rose: InvalidIdentityPoolConfigurationException"
                        + " while IAM propagates, retry 1 in 250 ms")
                .contains("ready: role CognitoRoleSecureApiUser works for John (credentials, GET /api/user 200)")
                .contains("ready: role CognitoRoleSecureAPIAdmin works for Rose (credentials, GET /api/user 200)")
                .containsPattern("stack oaa-\\w+-\\* ready on embedded")
                .doesNotContain("retry 2")
                .doesNotContain("NOT READY");
        assertThat(stack.apiId()).isNotNull();
    }

    @Test
    void aPolicyIamHasNotAppliedYetIsWaitedFor() {
        ProvisionedStack stack = provisioner(DELAY, Duration.ofMinutes(1)).obtain(WalkthroughStack.spec(), teardown);
        String roleArn = stack.roleArn("CognitoRoleSecureApiUser");
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        String policy = Policies.mayInvoke(stack.region(), stack.accountId(), stack.apiId(),
                stack.spec().roles().get("CognitoRoleSecureApiUser").mayInvoke());
        // the role has long propagated; its policy is removed (and that propagates), then granted afresh
        target.clients().iam().deleteRolePolicy(r -> r.roleName(roleName).policyName("invoke-office-api"));
        target.aws().clock().advance(DELAY);
        target.clients().iam().putRolePolicy(r -> r.roleName(roleName).policyName("invoke-office-api").policyDocument(policy));
        out.reset();

        Provisioning p = new Provisioning(target.clients(), ResourceNames.newRun(Instant.now()), stack.region(), stack.accountId(),
                teardown, new Eventually(Duration.ofMinutes(1), progress), progress);
        StackReadiness.Outcome outcome = new StackReadiness(p, target.clock(), Duration.ofMinutes(1)).check(stack);

        assertThat(outcome.ready()).isTrue();
        assertThat(output()).contains("readiness: GET /api/user as role CognitoRoleSecureApiUser: 403 AccessDeniedException"
                        + " while IAM propagates, retry 1 in 250 ms")
                .contains("ready: role CognitoRoleSecureApiUser works for John (credentials, GET /api/user 200)")
                .doesNotContain("InvalidIdentityPoolConfigurationException");
    }

    @Test
    void aStackThatIsNotReadyWithinTheLimitIsReportedAndStillHandedOver() {
        movesTimeWhenWaiting = false;
        StackSpec noApi = new StackSpec.Builder()
                .group(new GroupSpec("Admin", 0, "CognitoRoleSecureAPIAdmin"))
                .user(new UserSpec("Rose", List.of("Admin")))
                .build();

        ProvisionedStack stack = provisioner(DELAY, Duration.ofSeconds(1)).obtain(noApi, teardown);

        assertThat(stack.roleArns()).containsKey("CognitoRoleSecureAPIAdmin");
        assertThat(output())
                .contains("credentials of role CognitoRoleSecureAPIAdmin for Rose: InvalidIdentityPoolConfigurationException"
                        + " while IAM propagates, retry 1")
                .contains("NOT READY after the IAM propagation limit of 1 s: role CognitoRoleSecureAPIAdmin for Rose:"
                        + " InvalidIdentityPoolConfigurationException")
                .containsPattern("stack oaa-\\w+-\\* is NOT READY on embedded; its scenarios will report what fails")
                .doesNotContainPattern("stack oaa-\\w+-\\* ready on");
    }
}
