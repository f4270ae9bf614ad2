package org.officeapi.targets;

import org.junit.jupiter.api.Test;
import org.officeapi.testsupport.JunitReport;
import org.officeapi.testsupport.Project;
import org.officeapi.testsupport.SuiteInChildJvm;
import org.testcontainers.DockerClientFactory;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The localstack target on a machine without Docker (this one) stops at once with a non-zero exit and
 * says what is missing, instead of skipping every scenario and calling that green. The child gets no
 * LOCALSTACK_AUTH_TOKEN either, so even where Docker runs it stops before starting a container.
 */
class LocalStackWithoutDockerIT {

    @Test
    void theRunStopsAtOnceNamingWhatIsMissing() {
        SuiteInChildJvm.Result run = SuiteInChildJvm.reportingTo(Project.buildDir().resolve("targets-it/localstack-without-docker")).property("target", "localstack")
                .run(Duration.ofMinutes(1));

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.scenarioSummary().group(1)).as("no scenario ran, none was skipped into a pass").isEqualTo("0");
        assertThat(JunitReport.read(run.junitReport()).tests()).isZero();
        assertThat(run.output()).contains("the localstack target cannot start: ")
                .contains("LOCALSTACK_AUTH_TOKEN is not set");
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            assertThat(run.output()).contains("Docker is not available (Testcontainers found no Docker environment;"
                    + " start Docker or set DOCKER_HOST)");
        }
    }
}
