package org.officeapi.emulator;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Real AWS SDK v2 clients pointed at an embedded AWS: explicit endpoint, region and credentials (never
 * the default chains, which may probe the EC2 metadata address), the Apache 5 client (API Gateway
 * updates are PATCH, which the URL-connection client cannot send), and no retries, so that a 5xx shows up as a failure instead of four slow attempts.
 */
public final class SdkClients {

    private SdkClients() {}

    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder, EmbeddedAws aws) {
        return client(builder, aws, AwsBasicCredentials.create(aws.accessKey(), aws.secretKey()));
    }

    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder, EmbeddedAws aws, AwsCredentials credentials) {
        return builder.endpointOverride(aws.endpoint())
                .httpClientBuilder(Apache5HttpClient.builder())
                .region(Region.of(aws.region()))
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(b -> b.maxAttempts(1)).build())
                .build();
    }

    public static AwsSessionCredentials session(String accessKey, String secretKey, String token) {
        return AwsSessionCredentials.create(accessKey, secretKey, token);
    }

    static {
        // belt and braces: nothing in a test may reach the EC2 metadata address
        System.setProperty("aws.disableEc2Metadata", "true");
    }

}
