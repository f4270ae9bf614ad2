package org.officeapi.targets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.testsupport.Project;
import org.officeapi.testsupport.ServerInventory;
import org.officeapi.testsupport.StandaloneEmbeddedAws;
import org.officeapi.testsupport.SuiteInChildJvm;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the aws target checks before it creates anything in an account, against the standalone embedded
 * AWS (account 000000000000): an explicit opt-in, and the account the credentials belong to. A refused
 * run fails at once, says why, runs no scenario, and leaves the account as it found it.
 */
class AwsTargetSafetyIT {

    /** Fails at once: a refusal that took longer would be trying something. */
    private static final Duration AT_ONCE = Duration.ofMinutes(1);

    private static StandaloneEmbeddedAws aws;

    @BeforeAll
    static void start() {
        aws = StandaloneEmbeddedAws.builder().randomSecretKey().clockControl()
                .start(Project.buildDir().resolve("targets-it/embedded-aws-for-aws-safety.log"));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static void refusedBeforeAnythingWasCreated(SuiteInChildJvm.Result run) {
        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.scenarioSummary().group(1)).as("no scenario ran").isEqualTo("0");
        assertThat(run.output()).contains("TargetUnavailableException").doesNotContain("[stack] created");
        assertThat(ServerInventory.resources(aws.clients())).isEmpty();
    }

    @Test
    void withoutTheOptInNothingIsCreated() {
        SuiteInChildJvm.Result run = SuiteInChildJvm.awsTarget(Project.buildDir().resolve("targets-it/aws-without-opt-in"), aws).run(AT_ONCE);

        refusedBeforeAnythingWasCreated(run);
        assertThat(run.output()).contains("pass -Daws.allowProvisioning=true to allow it");
    }

    @Test
    void credentialsOfAnotherAccountThanTheOneNamedAreRefused() {
        SuiteInChildJvm.Result run = SuiteInChildJvm.awsTarget(Project.buildDir().resolve("targets-it/aws-other-account"), aws)
                .property("aws.allowProvisioning", "true").property("aws.account", "111111111111").run(AT_ONCE);

        refusedBeforeAnythingWasCreated(run);
        assertThat(run.output()).contains("the credentials belong to account " + aws.accountId() + ", not to 111111111111"
                + " given by -Daws.account; refusing to touch it");
    }
}
