package org.officeapi.target;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The SDK clients a target is driven with: explicit region and credentials always (the default
 * chains are for the aws target's provider only), the target's endpoint when it has one, one shared
 * Apache 5 HTTP client (API Gateway updates are PATCH, which the URL-connection client cannot send).
 */
public final class AwsClients implements AutoCloseable {

    private final Region region;
    private final URI endpoint;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http = Apache5HttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
            .socketTimeout(Duration.ofSeconds(60)).build();
    private final List<SdkAutoCloseable> built = new ArrayList<>();

    private final Lazy<CognitoIdentityProviderClient> cognitoIdp;
    private final Lazy<CognitoIdentityClient> cognitoIdentity;
    private final Lazy<IamClient> iam;
    private final Lazy<StsClient> sts;
    private final Lazy<LambdaClient> lambda;
    private final Lazy<ApiGatewayClient> apiGateway;

    /** @param endpoint null for AWS's own endpoints */
    public AwsClients(Region region, URI endpoint, AwsCredentialsProvider credentials) {
        this.region = region;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.cognitoIdp = new Lazy<>(() -> build(CognitoIdentityProviderClient.builder(), region));
        this.cognitoIdentity = new Lazy<>(() -> build(CognitoIdentityClient.builder(), region));
        // IAM is global: AWS signs it for us-east-1 whatever the stack's region
        this.iam = new Lazy<>(() -> build(IamClient.builder(), Region.AWS_GLOBAL));
        this.sts = new Lazy<>(() -> build(StsClient.builder(), region));
        this.lambda = new Lazy<>(() -> build(LambdaClient.builder(), region));
        this.apiGateway = new Lazy<>(() -> build(ApiGatewayClient.builder(), region));
    }

    public CognitoIdentityProviderClient cognitoIdp() {
        return cognitoIdp.get();
    }

    public CognitoIdentityClient cognitoIdentity() {
        return cognitoIdentity.get();
    }

    public IamClient iam() {
        return iam.get();
    }

    public StsClient sts() {
        return sts.get();
    }

    public LambdaClient lambda() {
        return lambda.get();
    }

    public ApiGatewayClient apiGateway() {
        return apiGateway.get();
    }

    /** An STS client that signs with other credentials (a test user's), on the same endpoint. */
    public StsClient stsAs(AwsCredentialsProvider userCredentials) {
        return configure(StsClient.builder(), region, userCredentials).build();
    }

    public Region region() {
        return region;
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkAutoCloseable> C build(B builder, Region clientRegion) {
        C client = configure(builder, clientRegion, credentials).build();
        synchronized (built) {
            built.add(client);
        }
        return client;
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder, Region clientRegion,
                                                                                              AwsCredentialsProvider provider) {
        builder.region(clientRegion).credentialsProvider(provider).httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofMinutes(2)).build());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }

    @Override
    public void close() {
        synchronized (built) {
            built.forEach(SdkAutoCloseable::close);
            built.clear();
        }
        http.close();
    }

    /** Built on first use, once, even when scenarios run in parallel. */
    private static final class Lazy<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T current = value;
            if (current == null) {
                synchronized (this) {
                    current = value;
                    if (current == null) {
                        current = factory.get();
                        value = current;
                    }
                }
            }
            return current;
        }
    }
}
