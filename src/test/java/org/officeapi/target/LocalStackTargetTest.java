package org.officeapi.target;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalStackTargetTest {

    @Test
    void theContainerIsLocalStackProWithIamEnforcedAndTheDockerSocketForLambda() {
        LocalStackSettings settings = LocalStackSettings.of(LocalStackSettings.DEFAULT_IMAGE, "token-123");

        assertThat(settings.image()).startsWith("localstack/localstack-pro:").doesNotEndWith(":latest");
        assertThat(settings.env()).containsEntry("ENFORCE_IAM", "1").containsEntry("LOCALSTACK_AUTH_TOKEN", "token-123");
        assertThat(settings.binds()).containsEntry("/var/run/docker.sock", "/var/run/docker.sock");
        assertThat(settings.toString()).doesNotContain("token-123");
    }

    @Test
    void withoutDockerTheMessageNamesDocker() {
        assertThat(LocalStackTarget.missing(() -> false, "token")).singleElement().asString().startsWith("Docker is not available");
    }

    @Test
    void withoutATokenTheMessageNamesTheToken() {
        assertThat(LocalStackTarget.missing(() -> true, " ")).singleElement().asString().startsWith("LOCALSTACK_AUTH_TOKEN is not set");
        assertThat(LocalStackTarget.missing(() -> true, "token")).isEmpty();
    }
}
