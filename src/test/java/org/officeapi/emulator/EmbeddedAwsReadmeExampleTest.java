package org.officeapi.emulator;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's in-process example, kept compiling and true. */
class EmbeddedAwsReadmeExampleTest {

    @Test
    void theReadmeExampleWorksAsWritten() {
        try (EmbeddedAws aws = EmbeddedAws.start()) {
            StsClient sts = StsClient.builder()
                    .endpointOverride(aws.endpoint())
                    .region(Region.of(aws.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKey(), aws.secretKey())))
                    .httpClient(Apache5HttpClient.create())
                    .build();
            assertThat(sts.getCallerIdentity().account()).isEqualTo("000000000000");
            assertThat(aws.endpoint().getHost()).isEqualTo("127.0.0.1");

            Instant before = aws.clock().instant();
            aws.clock().advance(Duration.ofHours(2));
            assertThat(Duration.between(before, aws.clock().instant())).isGreaterThanOrEqualTo(Duration.ofHours(2));
            sts.close();
        }
    }
}
