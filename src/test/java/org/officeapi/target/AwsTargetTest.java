package org.officeapi.target;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link AwsTarget#atEndpoint}: the aws target pointed at an AWS-compatible endpoint by code, here an in-process embedded AWS. */
class AwsTargetTest {

    private static EmbeddedAws aws;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void anEndpointWithWorkingCredentialsIsAProvisioningTargetThere() {
        try (AwsTarget target = AwsTarget.atEndpoint(aws.endpoint(), Region.of(aws.region()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))) {

            assertThat(target.name()).isEqualTo("aws");
            assertThat(target.region()).isEqualTo(Region.US_EAST_1);
            assertThat(target.endpointOverride()).contains(aws.endpoint());
            assertThat(target.provisions()).isTrue();
            assertThat(target.invokeUrl("a1b2c3d4e5")).isEqualTo(URI.create(aws.endpoint() + "/_aws/execute-api/a1b2c3d4e5"));
            assertThat(target.clients().sts().getCallerIdentity().account()).isEqualTo(aws.accountId());
            // this embedded AWS was started without clock control
            assertThat(target.timeMachine()).isEmpty();
            assertThat(target.unsupportedTags()).containsKey("@moves-time");
        }
    }

    @Test
    void credentialsTheEndpointRefusesStopTheTargetWithTheReason() {
        assertThatThrownBy(() -> AwsTarget.atEndpoint(aws.endpoint(), Region.of(aws.region()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), "not-" + aws.secretKey()))))
                .isInstanceOf(TargetUnavailableException.class)
                .hasMessageStartingWith("the aws target cannot use its credentials")
                .hasMessageNotContaining("not-" + aws.secretKey());
    }
}
