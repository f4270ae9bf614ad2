package org.officeapi.emulator.apigateway.invoke;

import org.officeapi.emulator.apigateway.ApiGatewayHandler;
import org.officeapi.emulator.apigateway.ApiGatewayStore;
import org.officeapi.emulator.auth.sigv4.ScopeRule;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.control.FallbackEndpoint;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.AwsHttpServer;
import org.officeapi.emulator.core.RequestMatchers;
import org.officeapi.emulator.core.Route;
import org.officeapi.emulator.core.Router;
import org.officeapi.emulator.core.ServiceEndpoint;
import org.officeapi.emulator.protocol.EndpointSettings;
import org.officeapi.emulator.protocol.RestJsonEndpoint;
import org.officeapi.emulator.protocol.ServiceModel;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * API Gateway on a real loopback HTTP server, control plane and execute-api, with Lambda and IAM
 * replaced by fakes the test controls, and SigV4 keys of its own (the root and a role session). What
 * the embedded AWS wires is the same chain with the real ports.
 */
final class ExecuteApiHarness implements AutoCloseable {

    final AwsClock clock = new AwsClock();
    final FakeAccessDecisions iam = new FakeAccessDecisions();
    final FakeFunctions lambda = new FakeFunctions();
    final ApiGatewayStore store = new ApiGatewayStore();
    final ApiGatewayClient apigw;
    private final AwsHttpServer server;

    ExecuteApiHarness() {
        SigV4Verifier verifier = new SigV4Verifier(TestCredentials.resolver(clock.instant().plus(Duration.ofHours(1))), clock);
        Route executeApi = new Route("execute-api", ExecuteApiParser.recognises(), new ExecuteApiEndpoint(store::liveStage,
                new ExecuteApiAuthorizer(verifier, iam), new ProxyIntegration(lambda)));
        EndpointSettings settings = new EndpointSettings(ServiceModel.load("apigateway"), verifier, ScopeRule.regional("apigateway"),
                (caller, action, resource) -> Optional.empty(), TestCredentials.ACCOUNT, "us-east-1", Function.identity(),
                "ValidationException", EndpointSettings.IamQuestions.byOperation("apigateway", EndpointSettings.ResourceNamer.any()));
        Route control = new Route("apigateway", RequestMatchers.signedFor("apigateway"), new RestJsonEndpoint(settings,
                ApiGatewayHandler.operations(store), RestJsonEndpoint.ErrorStyle.MESSAGE, ServiceEndpoint.DEFAULT_MAX_BODY_BYTES));
        Router router = new Router(List.of(executeApi, control), new FallbackEndpoint());
        server = AwsHttpServer.start("127.0.0.1", 0, () -> router, clock);
        apigw = ApiGatewayClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .httpClientBuilder(Apache5HttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(TestCredentials.ROOT_KEY,
                        TestCredentials.ROOT_SECRET)))
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(b -> b.maxAttempts(1)).build())
                .build();
    }

    int port() {
        return server.port();
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.port() + pathAndQuery;
    }

    @Override
    public void close() {
        apigw.close();
        server.close();
    }
}
