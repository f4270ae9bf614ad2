package org.officeapi.steps.support;

import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * For now the only place the suite runs: one embedded AWS per JVM, started on first use and stopped when the
 * JVM ends, and a Cognito client for it with explicit credentials and region (never the default chains).
 * Stand-in for the target-agnostic {@code Target} that will choose between embedded, LocalStack and AWS.
 */
public final class EmbeddedTarget {

    static {
        // nothing in the suite may reach the EC2 metadata address
        System.setProperty("aws.disableEc2Metadata", "true");
    }

    private static final class Holder {
        static final EmbeddedAws AWS = start();
        static final CognitoIdentityProviderClient COGNITO = CognitoIdentityProviderClient.builder()
                .endpointOverride(AWS.endpoint())
                .region(Region.of(AWS.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(AWS.accessKey(), AWS.secretKey())))
                .httpClientBuilder(Apache5HttpClient.builder())
                .build();

        private static EmbeddedAws start() {
            EmbeddedAws aws = EmbeddedAws.start();
            Runtime.getRuntime().addShutdownHook(new Thread(aws::close, "embedded-aws-stop"));
            return aws;
        }
    }

    private EmbeddedTarget() {}

    public static EmbeddedAws aws() {
        return Holder.AWS;
    }

    public static CognitoIdentityProviderClient cognito() {
        return Holder.COGNITO;
    }
}
