package org.officeapi.emulator.cognitoidentity;

import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.auth.sigv4.SigningCredentials;
import org.officeapi.emulator.control.FallbackEndpoint;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.AwsHttpServer;
import org.officeapi.emulator.core.Caller;
import org.officeapi.emulator.core.RequestMatchers;
import org.officeapi.emulator.core.Route;
import org.officeapi.emulator.core.Router;
import org.officeapi.emulator.protocol.AwsJson11Endpoint;
import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.ServiceModel;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cognito identity pools alone on a loopback port, behind the same protocol endpoint the embedded AWS
 * uses, but with test doubles for the user pool's keys, IAM and STS: what the SDK-level tests of the
 * token exchange need while those services are built elsewhere.
 */
final class IdentityPoolTestServer implements AutoCloseable {

    static final String ACCESS_KEY = "test";
    static final String SECRET_KEY = "test";

    final AwsClock clock = new AwsClock();
    final FakeIamAndSts iam = new FakeIamAndSts(clock);
    final CognitoIdentityService service;
    private final AwsHttpServer server;

    IdentityPoolTestServer(TestUserPool userPool) {
        service = new CognitoIdentityService(userPool, userPool, iam, iam, iam);
        SigningCredentials root = new SigningCredentials(ACCESS_KEY, SECRET_KEY, null, null, Caller.root(FakeIamAndSts.ACCOUNT, ACCESS_KEY));
        SigV4Verifier verifier = new SigV4Verifier(key -> key.equals(ACCESS_KEY) ? Optional.of(root) : Optional.empty(), clock);
        EndpointSettings settings = new EndpointSettings(ServiceModel.load("cognito-identity"), verifier,
                ScopeRule.regional("cognito-identity"), (caller, action, resource) -> Optional.of("only the root in tests"),
                FakeIamAndSts.ACCOUNT, TestUserPool.REGION, Function.identity(), "ValidationException",
                EndpointSettings.IamQuestions.byOperation("cognito-identity", EndpointSettings.ResourceNamer.any()));
        Router router = new Router(List.of(new Route("cognito-identity", RequestMatchers.targetPrefix("AWSCognitoIdentityService"),
                new AwsJson11Endpoint(settings, CognitoIdentityHandler.operations(service)))), new FallbackEndpoint());
        server = AwsHttpServer.start("127.0.0.1", 0, () -> router, clock);
    }

    CognitoIdentityClient client() {
        return CognitoIdentityClient.builder()
                .endpointOverride(endpoint())
                .httpClientBuilder(Apache5HttpClient.builder())
                .region(Region.of(TestUserPool.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(b -> b.maxAttempts(1)).build())
                .build();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.close();
    }
}
