package org.officeapi.targets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.testsupport.Project;
import org.officeapi.testsupport.ServerInventory;
import org.officeapi.testsupport.StandaloneEmbeddedAws;
import org.officeapi.testsupport.SuiteInChildJvm;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run of the aws target stopped with SIGTERM (as CI cancels a job, or Ctrl-C) still removes what it
 * created. Deterministic: the run is stopped while its first stack is complete and provisioning is
 * waiting for IAM to propagate, so the main thread is known to sit in that wait. The standalone embedded
 * AWS delays propagation 6 s here, twice the usual, so that the wait is certain to be seen even on a
 * loaded machine (the steps between creating the roles and the first check take well under a second).
 */
class InterruptedRunIT {

    private static final Pattern WAITING_FOR_IAM = Pattern.compile(
            "\\[stack] readiness: credentials of role \\w+ for \\w+: InvalidIdentityPoolConfigurationException while IAM propagates, retry 1 ");

    private static StandaloneEmbeddedAws aws;

    @BeforeAll
    static void start() {
        aws = StandaloneEmbeddedAws.builder().randomSecretKey().clockControl().iamPropagationDelay(Duration.ofSeconds(6))
                .start(Project.buildDir().resolve("targets-it/embedded-aws-for-aws-sigterm.log"));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void aRunStoppedWithSigtermTearsDownWhatItCreated() {
        SuiteInChildJvm.Running running = SuiteInChildJvm.awsTarget(Project.buildDir().resolve("targets-it/aws-sigterm"), aws).property("aws.allowProvisioning", "true").start();
        running.awaitLine(WAITING_FOR_IAM, Duration.ofMinutes(5));
        List<ServerInventory.Resource> whileRunning = ServerInventory.suites(aws.clients());

        running.terminate();
        SuiteInChildJvm.Result run = running.waitFor(Duration.ofMinutes(2));

        assertThat(whileRunning).extracting(ServerInventory.Resource::kind)
                .as("the whole first stack existed when the run was stopped")
                .contains("role", "user pool", "identity pool", "REST API", "function");
        assertThat(run).as("the stopped JVM exited").isNotNull();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("[stack] the JVM is stopping before the run ended: tearing the run down")
                .containsPattern("\\[stack] deleted function oaa-\\w+-office-api")
                .doesNotContain("could not delete");
        assertThat(ServerInventory.suites(aws.clients())).isEmpty();
    }
}
