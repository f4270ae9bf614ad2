package org.officeapi.emulator.apigateway.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.apigateway.model.DeployedApi;
import org.officeapi.emulator.apigateway.model.IntegrationRecord;
import org.officeapi.emulator.apigateway.model.LiveStage;
import org.officeapi.emulator.apigateway.model.MethodRecord;
import org.officeapi.emulator.apigateway.model.ResourceRecord;
import org.officeapi.emulator.apigateway.model.StageRecord;
import org.officeapi.emulator.auth.sigv4.SigV4Verifier;
import org.officeapi.emulator.core.AwsClock;
import org.officeapi.emulator.core.HttpRequest;
import org.officeapi.emulator.core.HttpResponse;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.FunctionInvocation;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole chain with fake ports: what reaches the function, and what each refusal looks like on the wire. */
class ExecuteApiEndpointTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:hello";

    private final AwsClock clock = new AwsClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final FakeAccessDecisions iam = new FakeAccessDecisions();
    private final FakeFunctions lambda = new FakeFunctions();
    private final ExecuteApiEndpoint endpoint = new ExecuteApiEndpoint(this::stage,
            new ExecuteApiAuthorizer(new SigV4Verifier(TestCredentials.resolver(NOW.plus(Duration.ofHours(1))), clock), iam),
            new ProxyIntegration(lambda));

    private Optional<LiveStage> stage(String apiId, String stageName) {
        if (!apiId.equals("abc123") || !stageName.equals("api")) {
            return Optional.empty();
        }
        Map<String, ResourceRecord> resources = new LinkedHashMap<>();
        resources.put("root", new ResourceRecord("root", null, null, "/", Map.of("GET", method("GET", "NONE"))));
        resources.put("user", new ResourceRecord("user", "root", "user", "/user", Map.of("GET", method("GET", "AWS_IAM"))));
        return Optional.of(new LiveStage("000000000000", "us-east-1", "abc123",
                new StageRecord("api", "dep123", null, NOW, NOW, Map.of(), false, false),
                new DeployedApi("abc123", resources, List.of())));
    }

    private static MethodRecord method(String verb, String auth) {
        return new MethodRecord(verb, auth, false, null, new IntegrationRecord("AWS_PROXY", "POST", "uri", FUNCTION, "WHEN_NO_MATCH",
                29_000, "res"));
    }

    @Test
    void aSignedCallReachesTheFunctionAndItsAnswerComesBack() throws Exception {
        HttpResponse response = endpoint.handle(signed("/user", TestCredentials.session()));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyAsString()).isEqualTo("Hello user");
        assertThat(response.header("x-amzn-RequestId")).matches("[0-9a-f-]{36}");
        assertThat(response.header("x-amz-apigw-id")).hasSize(16).endsWith("=");
        assertThat(lambda.calls).singleElement().satisfies(call -> {
            assertThat(call.functionArn()).isEqualTo(FUNCTION);
            assertThat(call.principal()).isEqualTo("apigateway.amazonaws.com");
            assertThat(call.sourceArn()).isEqualTo("arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/user");
        });
        JsonNode event = new ObjectMapper().readTree(lambda.calls.get(0).event());
        assertThat(event.at("/requestContext/identity/userArn").asText()).isEqualTo(TestCredentials.ROLE_SESSION_ARN);
        assertThat(event.at("/requestContext/requestId").asText()).isEqualTo(response.header("x-amzn-RequestId"));
        assertThat(event.at("/requestContext/extendedRequestId").asText()).isEqualTo(response.header("x-amz-apigw-id"));
        assertThat(iam.asked).singleElement().satisfies(q -> assertThat(q.resourceArn())
                .isEqualTo("arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/user"));
    }

    @Test
    void theRootResourceArnEndsInASlash() {
        endpoint.handle(unsigned("/_aws/execute-api/abc123/api/", Map.of()));

        assertThat(lambda.calls).singleElement().satisfies(call -> assertThat(call.sourceArn())
                .isEqualTo("arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/"));
    }

    @Test
    void anIamDenialOnTheWire() {
        iam.outcome = AccessDecision.Outcome.IMPLICIT_DENY;

        HttpResponse response = endpoint.handle(signed("/user", TestCredentials.session()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.bodyAsString()).isEqualTo("{\"Message\":\"User: " + TestCredentials.ROLE_SESSION_ARN
                + " is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:000000000000:abc123/api/GET/user\"}");
        assertThat(lambda.calls).isEmpty();
    }

    @Test
    void everythingUnknownIsAMissingAuthenticationToken() {
        for (String path : List.of("/_aws/execute-api/nosuch/api/user", "/_aws/execute-api/abc123/beta/user",
                "/_aws/execute-api/abc123/api/nobody", "/_aws/execute-api/abc123", "/_aws/execute-api/")) {
            HttpResponse response = endpoint.handle(unsigned(path, Map.of()));
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.header("x-amzn-ErrorType")).as(path).isEqualTo("MissingAuthenticationTokenException");
            assertThat(response.bodyAsString()).as(path).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        }
        HttpResponse wrongVerb = endpoint.handle(SignedRequests.unsigned("DELETE", "/_aws/execute-api/abc123/api/user", "",
                Map.of("Host", List.of("127.0.0.1")), null, NOW));
        assertThat(wrongVerb.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
        assertThat(lambda.calls).isEmpty();
    }

    @Test
    void anUnsignedCallToAnIamMethod() {
        HttpResponse response = endpoint.handle(unsigned("/_aws/execute-api/abc123/api/user", Map.of()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
        assertThat(lambda.calls).isEmpty();
    }

    @Test
    void aNoneMethodIsOpenWhateverTheRequestCarries() {
        HttpResponse response = endpoint.handle(unsigned("/_aws/execute-api/abc123/api/",
                Map.of("Authorization", List.of("Bearer whatever"))));

        assertThat(response.status()).isEqualTo(200);
        assertThat(iam.asked).isEmpty();
    }

    @Test
    void integrationFailures() {
        lambda.behaviour = event -> FakeFunctions.outcome(FunctionInvocation.Outcome.NOT_FOUND);
        assertThat(error(endpoint.handle(signed("/user", TestCredentials.root())))).isEqualTo("500 InternalServerErrorException Internal server error");
        lambda.behaviour = event -> FakeFunctions.outcome(FunctionInvocation.Outcome.FUNCTION_ERROR);
        assertThat(error(endpoint.handle(signed("/user", TestCredentials.root())))).isEqualTo("502 InternalServerErrorException Internal server error");
        lambda.behaviour = event -> FakeFunctions.success("{\"statusCode\":200,\"body\":{}}");
        assertThat(error(endpoint.handle(signed("/user", TestCredentials.root())))).isEqualTo("502 InternalServerErrorException Internal server error");
        lambda.behaviour = event -> FakeFunctions.outcome(FunctionInvocation.Outcome.TIMEOUT);
        assertThat(error(endpoint.handle(signed("/user", TestCredentials.root())))).isEqualTo("504 InternalServerErrorException Endpoint request timed out");
    }

    @Test
    void aBodyOverTheQuotaIsRefusedInApiGatewaysShape() {
        HttpResponse response = endpoint.bodyTooLarge(unsigned("/_aws/execute-api/abc123/api/", Map.of()));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.bodyAsString()).isEqualTo("{\"message\":\"Request Too Long\"}");
        assertThat(endpoint.maxBodyBytes()).isEqualTo(10 * 1024 * 1024);
    }

    private static String error(HttpResponse response) {
        try {
            return response.status() + " " + response.header("x-amzn-ErrorType") + " "
                    + new ObjectMapper().readTree(response.body()).get("message").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpRequest signed(String path, AwsCredentialsIdentity credentials) {
        return SignedRequests.asReceived(SignedRequests.sign("GET", "http://127.0.0.1:4566/_aws/execute-api/abc123/api" + path,
                Map.of(), null, credentials, "us-east-1", NOW), new byte[0], NOW);
    }

    private static HttpRequest unsigned(String path, Map<String, List<String>> headers) {
        Map<String, List<String>> all = new LinkedHashMap<>(headers);
        all.put("Host", List.of("127.0.0.1:4566"));
        return SignedRequests.unsigned("GET", path, "", all, null, NOW);
    }
}
