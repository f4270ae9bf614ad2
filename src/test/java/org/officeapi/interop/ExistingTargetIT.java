package org.officeapi.interop;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.officeapi.testsupport.JunitReport;
import org.officeapi.testsupport.ScenarioReport;
import org.officeapi.testsupport.ServerInventory;
import org.officeapi.testsupport.SuiteInChildJvm;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code -Dtarget=existing} against a stack nobody but the AWS CLI made: the whole Cucumber suite, in a child
 * JVM, against the stack of {@code interop/cli/provision-walkthrough.sh}. It passes without creating, deleting
 * or changing anything, skipping exactly what the existing target cannot honour; and once the stack drifts
 * from the Background, it fails naming each difference.
 */
@ExtendWith(CliStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExistingTargetIT {

    private static final Set<String> NOT_ON_AN_EXISTING_STACK = Set.of("@creates-resources", "@own-stack");
    private static final Map<String, String> REASONS = Map.of(
            "@creates-resources", "the existing target never creates anything",
            "@own-stack", "this feature states a stack of its own");
    private static final String USER_ROLE = "CognitoRoleSecureApiUser";
    private static final String INVOKE_POLICY = "invoke-office-api";

    @Test
    @Order(1)
    void theSuitePassesAgainstTheCliMadeStackAndChangesNothing(CliStack stack) {
        List<String> before = ServerInventory.settings(stack.sdk());

        SuiteInChildJvm.Result outcome = onTheExistingTarget(stack, "clean");

        assertThat(outcome.exitCode()).as("the suite on the existing target failed; reports in %s:\n%s",
                outcome.dir(), outcome.output()).isZero();
        List<ScenarioReport> scenarios = outcome.scenarios();
        assertThat(scenarios).as("scenarios in the report").hasSizeGreaterThan(20);
        for (ScenarioReport scenario : scenarios) {
            if (scenario.taggedAnyOf(NOT_ON_AN_EXISTING_STACK)) {
                assertThat(scenario.status()).as("%s", scenario).isEqualTo("SKIPPED");
                // a scenario with both tags is skipped for the first the target finds
                assertThat(scenario.message()).as("the reason %s is skipped", scenario).startsWith("skipped on the existing target: ")
                        .containsAnyOf(scenario.tags().stream().filter(REASONS::containsKey).map(REASONS::get).toArray(String[]::new));
            } else {
                assertThat(scenario.status()).as("%s", scenario).isEqualTo("PASSED");
            }
        }
        List<ScenarioReport> skipped = outcome.withStatus("SKIPPED");
        assertThat(skipped).as("scenarios tagged %s", NOT_ON_AN_EXISTING_STACK).isNotEmpty();
        // The endpoint has clock control, so the scenarios that move time run instead of being skipped.
        assertThat(scenarios).filteredOn(s -> s.tags().contains("@moves-time") && !s.taggedAnyOf(NOT_ON_AN_EXISTING_STACK))
                .isNotEmpty().allSatisfy(s -> assertThat(s.status()).isEqualTo("PASSED"));
        assertThat(outcome.junit()).as("the JUnit report's totals")
                .isEqualTo(new JunitReport(scenarios.size(), 0, 0, skipped.size()));
        System.out.printf("existing target on the CLI-made stack: %d scenarios, %d passed, %d skipped (%s)%n",
                scenarios.size(), outcome.withStatus("PASSED").size(), skipped.size(), outcome.dir());

        assertThat(ServerInventory.settings(stack.sdk())).as("what is deployed after the run").containsExactlyElementsOf(before);
    }

    @Test
    @Order(2)
    void aDriftedStackFailsTheRunWithEachDifferenceNamed(CliStack stack) {
        List<String> asProvisioned = ServerInventory.settings(stack.sdk());
        String poolId = stack.stackDescription().getProperty("userPoolId");
        String userRoleArn = stack.cli().ok("iam", "get-role", "--role-name", USER_ROLE).path("Role").path("Arn").asText();
        String userPolicy = stack.cli().ok("iam", "get-role-policy", "--role-name", USER_ROLE, "--policy-name", INVOKE_POLICY)
                .path("PolicyDocument").toString();
        try {
            stack.cli().ok("cognito-idp", "update-group", "--user-pool-id", poolId, "--group-name", "Admin", "--precedence", "5");
            stack.cli().ok("iam", "delete-role-policy", "--role-name", USER_ROLE, "--policy-name", INVOKE_POLICY);
            stack.cli().ok("cognito-idp", "admin-remove-user-from-group", "--user-pool-id", poolId, "--username", "rose", "--group-name", "Admin");
            List<String> drifted = ServerInventory.settings(stack.sdk());

            SuiteInChildJvm.Result outcome = onTheExistingTarget(stack, "drifted");

            assertThat(outcome.exitCode()).as("the suite must fail on a drifted stack:\n%s", outcome.output()).isNotZero();
            List<String> differences = List.of(
                    "group Admin has precedence 5, the spec says 0",
                    "role " + USER_ROLE + " (" + userRoleArn + ") may not invoke GET /user, the spec says it may",
                    "user Rose (rose) is in [User], the spec says [Admin, User]");
            for (ScenarioReport scenario : outcome.scenarios()) {
                if (scenario.taggedAnyOf(NOT_ON_AN_EXISTING_STACK)) {
                    assertThat(scenario.status()).as("%s", scenario).isEqualTo("SKIPPED");
                    continue;
                }
                assertThat(scenario.status()).as("%s", scenario).isEqualTo("FAILED");
                assertThat(scenario.message()).as("why %s failed", scenario)
                        .contains("differs from the Background in 3 ways")
                        .contains(differences.stream().map(d -> "\n  - " + d).toList());
            }
            assertThat(outcome.output()).contains(differences);
            assertThat(outcome.junit().failures() + outcome.junit().errors()).isEqualTo(outcome.withStatus("FAILED").size()).isPositive();
            assertThat(ServerInventory.settings(stack.sdk())).as("what is deployed after the drifted run").containsExactlyElementsOf(drifted);
        } finally {
            stack.cli().run("cognito-idp", "update-group", "--user-pool-id", poolId, "--group-name", "Admin", "--precedence", "0");
            stack.cli().run("iam", "put-role-policy", "--role-name", USER_ROLE, "--policy-name", INVOKE_POLICY, "--policy-document", userPolicy);
            stack.cli().run("cognito-idp", "admin-add-user-to-group", "--user-pool-id", poolId, "--username", "rose", "--group-name", "Admin");
        }
        assertThat(ServerInventory.settings(stack.sdk())).as("the stack, put back as provisioned").containsExactlyElementsOf(asProvisioned);
    }

    /**
     * The whole suite in a child JVM, as {@code mvn verify -Dtarget=existing -Dstack.config=FILE} runs it: the
     * users' passwords in the child's environment only, explicit root credentials, and its reports in a
     * directory of their own under {@code target/interop-cli/}.
     */
    private static SuiteInChildJvm.Result onTheExistingTarget(CliStack stack, String label) {
        return SuiteInChildJvm.reportingTo(CliStack.WORK.resolve("existing-target-" + label))
                .property("target", "existing").property("stack.config", stack.stackProperties().toString())
                .property("aws.accessKeyId", "test").property("aws.secretAccessKey", "test")
                .environment(stack.passwords())
                .run(Duration.ofMinutes(15));
    }
}
