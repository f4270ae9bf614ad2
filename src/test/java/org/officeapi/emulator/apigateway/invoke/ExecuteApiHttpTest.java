package org.officeapi.emulator.apigateway.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.ports.AccessDecision;
import org.officeapi.emulator.ports.FunctionInvocation;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.apigateway.model.CreateResourceResponse;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;
import software.amazon.awssdk.services.apigateway.model.Op;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * execute-api on the wire: requests signed by the SDK's signer and sent as raw HTTP, through the three
 * layouts, against APIs built through the control plane with the real SDK client; Lambda and IAM are
 * fakes (see {@link ExecuteApiEmbeddedAwsTest} for the embedded AWS's own wiring).
 */
class ExecuteApiHttpTest {

    static final String FUNCTION = "arn:aws:lambda:us-east-1:000000000000:function:hello";
    static final String LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/" + FUNCTION + "/invocations";
    static final ObjectMapper JSON = new ObjectMapper();

    private ExecuteApiHarness aws;
    private String apiId;
    private String rootId;

    @BeforeEach
    void deployTheOfficeApi() {
        aws = new ExecuteApiHarness();
        CreateRestApiResponse api = aws.apigw.createRestApi(b -> b.name("office_api"));
        apiId = api.id();
        rootId = api.rootResourceId();
        String user = resource(rootId, "user");
        method(user, "GET", "AWS_IAM", 29_000);
        method(rootId, "GET", "NONE", 29_000);
        aws.apigw.createDeployment(b -> b.restApiId(apiId).stageName("api"));
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void allThreeLayoutsReachTheSameMethod() throws Exception {
        List<RawHttp.Response> responses = new ArrayList<>();
        responses.add(call("GET", aws.url("/_aws/execute-api/" + apiId + "/api/user"), TestCredentials.session()));
        responses.add(call("GET", aws.url("/restapis/" + apiId + "/api/_user_request_/user"), TestCredentials.session()));
        // the client signs the URL it means, https://{api}.execute-api.{region}.amazonaws.com/api/user, and sends it here
        SdkHttpRequest byHost = SignedRequests.sign("GET", "https://" + apiId + ".execute-api.us-east-1.amazonaws.com/api/user",
                Map.of(), null, TestCredentials.session(), "us-east-1", aws.clock.instant());
        responses.add(RawHttp.send(aws.port(), byHost, null));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("Hello user");
        });
        assertThat(aws.lambda.calls).hasSize(3).allSatisfy(call -> {
            assertThat(call.sourceArn()).isEqualTo("arn:aws:execute-api:us-east-1:000000000000:" + apiId + "/api/GET/user");
            JsonNode event = JSON.readTree(call.event());
            assertThat(event.get("resource").asText()).isEqualTo("/user");
            assertThat(event.get("path").asText()).isEqualTo("/user");
            assertThat(event.at("/requestContext/path").asText()).isEqualTo("/api/user");
            assertThat(event.at("/requestContext/stage").asText()).isEqualTo("api");
            assertThat(event.at("/requestContext/identity/userArn").asText()).isEqualTo(TestCredentials.ROLE_SESSION_ARN);
        });
        assertThat(JSON.readTree(aws.lambda.calls.get(2).event()).at("/requestContext/domainName").asText())
                .isEqualTo(apiId + ".execute-api.us-east-1.amazonaws.com");
    }

    @Test
    void aStageServesWhatWasDeployedUntilTheNextDeployment() {
        String admin = resource(rootId, "admin");
        method(admin, "GET", "AWS_IAM", 29_000);

        assertThat(call("GET", aws.url("/_aws/execute-api/" + apiId + "/api/admin"), TestCredentials.session()).status())
                .as("not deployed yet").isEqualTo(403);
        aws.apigw.deleteMethod(b -> b.restApiId(apiId).resourceId(rootId).httpMethod("GET"));
        assertThat(unsigned("/_aws/execute-api/" + apiId + "/api/").status()).as("deleted, but still deployed").isEqualTo(200);

        aws.apigw.createDeployment(b -> b.restApiId(apiId).stageName("api"));

        assertThat(call("GET", aws.url("/_aws/execute-api/" + apiId + "/api/admin"), TestCredentials.session()).status()).isEqualTo(200);
        assertThat(unsigned("/_aws/execute-api/" + apiId + "/api/").status()).isEqualTo(403);
    }

    @Test
    void aStageMovedToAnOlderDeploymentServesThatOne() {
        String first = aws.apigw.getStage(b -> b.restApiId(apiId).stageName("api")).deploymentId();
        aws.apigw.deleteResource(b -> b.restApiId(apiId).resourceId(resourceId("/user")));
        aws.apigw.createDeployment(b -> b.restApiId(apiId).stageName("api"));
        assertThat(call("GET", aws.url("/_aws/execute-api/" + apiId + "/api/user"), TestCredentials.session()).status()).isEqualTo(403);

        aws.apigw.updateStage(b -> b.restApiId(apiId).stageName("api").patchOperations(p -> p.op(Op.REPLACE).path("/deploymentId").value(first)));

        assertThat(call("GET", aws.url("/_aws/execute-api/" + apiId + "/api/user"), TestCredentials.session()).status()).isEqualTo(200);
    }

    @Test
    void aDeletedApiStopsAnswering() {
        aws.apigw.deleteRestApi(b -> b.restApiId(apiId));

        RawHttp.Response response = unsigned("/_aws/execute-api/" + apiId + "/api/");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
    }

    @Test
    void aWrongSecretGetsAwsMismatchMessageWithTheRawPath() throws Exception {
        RawHttp.Response response = call("GET", aws.url("/_aws/execute-api/" + apiId + "/api/user?b=2&a=1"),
                AwsCredentialsIdentity.create(TestCredentials.ROOT_KEY, "wrong"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.header("x-amzn-RequestId")).isNotNull();
        String message = JSON.readTree(response.body()).get("message").asText();
        assertThat(message).startsWith("The request signature we calculated does not match the signature you provided.")
                .contains("\n\nThe Canonical String for this request should have been\n'GET\n/_aws/execute-api/" + apiId + "/api/user\na=1&b=2\n")
                .contains("\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n");
    }

    @Test
    void expiredAndIncompleteSessionCredentialsOnTheWire() throws Exception {
        RawHttp.Response noToken = call("GET", aws.url("/_aws/execute-api/" + apiId + "/api/user"),
                AwsCredentialsIdentity.create(TestCredentials.SESSION_KEY, TestCredentials.SESSION_SECRET));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
        assertThat(noToken.body()).isEqualTo("{\"message\":\"The security token included in the request is invalid.\"}");

        aws.clock.advance(Duration.ofHours(2));
        RawHttp.Response expired = call("GET", aws.url("/_aws/execute-api/" + apiId + "/api/user"), TestCredentials.session());
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.header("x-amzn-ErrorType")).isEqualTo("ExpiredTokenException");
        assertThat(expired.body()).isEqualTo("{\"message\":\"The security token included in the request is expired\"}");
        assertThat(aws.lambda.calls).isEmpty();
    }

    @Test
    void anIamDenialOnTheWire() {
        aws.iam.outcome = AccessDecision.Outcome.IMPLICIT_DENY;

        RawHttp.Response response = call("GET", aws.url("/_aws/execute-api/" + apiId + "/api/user"), TestCredentials.session());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
        assertThat(response.body()).isEqualTo("{\"Message\":\"User: " + TestCredentials.ROLE_SESSION_ARN
                + " is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:000000000000:"
                + apiId + "/api/GET/user\"}");
    }

    @Test
    void theFunctionsHeadersAndBinaryBodyReachTheClient() {
        aws.lambda.behaviour = event -> FakeFunctions.success("{\"statusCode\": 201, \"isBase64Encoded\": true, \"body\": \"iVBORw==\","
                + " \"headers\": {\"Content-Type\": \"image/png\", \"X-Single\": \"one\"},"
                + " \"multiValueHeaders\": {\"X-Multi\": [\"a\", \"b\"]}}");

        RawHttp.Response response = unsigned("/_aws/execute-api/" + apiId + "/api/");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Content-Type")).isEqualTo("image/png");
        assertThat(response.header("X-Single")).isEqualTo("one");
        assertThat(response.headers("X-Multi")).containsExactly("a", "b");
        assertThat(response.body().getBytes(StandardCharsets.ISO_8859_1)).hasSize(4);
    }

    @Test
    void aSlowFunctionIsCutAtTheIntegrationTimeout() {
        String slow = resource(rootId, "slow");
        method(slow, "GET", "NONE", 200);
        aws.apigw.createDeployment(b -> b.restApiId(apiId).stageName("api"));
        aws.lambda.behaviour = event -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeFunctions.success("{\"statusCode\":200}");
        };

        RawHttp.Response response = unsigned("/_aws/execute-api/" + apiId + "/api/slow");

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.body()).isEqualTo("{\"message\":\"Endpoint request timed out\"}");
    }

    @Test
    void aFunctionThatFailsIsA502AndAMissingOneA500() {
        aws.lambda.behaviour = event -> FakeFunctions.outcome(FunctionInvocation.Outcome.FUNCTION_ERROR);
        RawHttp.Response failed = unsigned("/_aws/execute-api/" + apiId + "/api/");
        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.body()).isEqualTo("{\"message\":\"Internal server error\"}");

        aws.lambda.behaviour = event -> FakeFunctions.outcome(FunctionInvocation.Outcome.PERMISSION_DENIED);
        assertThat(unsigned("/_aws/execute-api/" + apiId + "/api/").status()).isEqualTo(500);
    }

    @Test
    void badInputGetsA4xxOrItsNormalAnswerNeverA5xx() {
        // duplicated headers travel to the function as multi-value headers
        RawHttp.Response duplicated = RawHttp.send(aws.port(), "GET /_aws/execute-api/" + apiId + "/api/ HTTP/1.1",
                List.of("Host: 127.0.0.1", "X-Dup: 1", "X-Dup: 2"), null);
        assertThat(duplicated.status()).isEqualTo(200);
        assertThat(aws.lambda.calls.get(aws.lambda.calls.size() - 1).event()).contains("\"X-Dup\":[\"1\",\"2\"]");

        // two Authorization headers on an IAM method: refused as a bad signature, not a crash
        RawHttp.Response twoAuthorizations = RawHttp.send(aws.port(), "GET /_aws/execute-api/" + apiId + "/api/user HTTP/1.1",
                List.of("Host: 127.0.0.1", "Authorization: Bearer a", "Authorization: Bearer b"), null);
        assertThat(twoAuthorizations.status()).isEqualTo(403);
        assertThat(twoAuthorizations.header("x-amzn-ErrorType")).isEqualTo("IncompleteSignatureException");

        // bad percent-encoding, in the path or the query: the HTTP server refuses it (400) before any endpoint sees it
        int before = aws.lambda.calls.size();
        assertThat(unsigned("/_aws/execute-api/" + apiId + "/api/user%zz").status()).isEqualTo(400);
        assertThat(unsigned("/_aws/execute-api/" + apiId + "/api/?a=%zz").status()).isEqualTo(400);
        assertThat(aws.lambda.calls).hasSize(before);

        // a 40 KB query string
        String huge = "q=" + "x".repeat(40_000);
        assertThat(RawHttp.send(aws.port(), "GET /_aws/execute-api/" + apiId + "/api/?" + huge + " HTTP/1.1",
                List.of("Host: 127.0.0.1"), null).status()).isEqualTo(200);

        // dot segments do not walk out of the stage
        assertThat(unsigned("/_aws/execute-api/" + apiId + "/api/user/../").status()).isEqualTo(403);
    }

    @Test
    void headersBeyondTheServersLimitAreRefusedByTheServer() {
        RawHttp.Response response = RawHttp.send(aws.port(), "GET /_aws/execute-api/" + apiId + "/api/ HTTP/1.1",
                List.of("Host: 127.0.0.1", "X-Big: " + "y".repeat(80_000)), null);

        assertThat(response.status()).isBetween(400, 499);
        assertThat(aws.lambda.calls).isEmpty();
    }

    private RawHttp.Response call(String method, String url, AwsCredentialsIdentity credentials) {
        SdkHttpRequest signed = SignedRequests.sign(method, url, Map.of(), null, credentials, "us-east-1", aws.clock.instant());
        return RawHttp.send(aws.port(), signed, null);
    }

    private RawHttp.Response unsigned(String path) {
        return RawHttp.send(aws.port(), "GET " + path + " HTTP/1.1", List.of("Host: 127.0.0.1"), null);
    }

    private String resource(String parent, String pathPart) {
        CreateResourceResponse created = aws.apigw.createResource(b -> b.restApiId(apiId).parentId(parent).pathPart(pathPart));
        return created.id();
    }

    private String resourceId(String path) {
        return aws.apigw.getResources(b -> b.restApiId(apiId)).items().stream().filter(r -> r.path().equals(path))
                .findFirst().orElseThrow().id();
    }

    private void method(String resource, String verb, String authorization, int timeoutMillis) {
        aws.apigw.putMethod(b -> b.restApiId(apiId).resourceId(resource).httpMethod(verb).authorizationType(authorization));
        aws.apigw.putIntegration(b -> b.restApiId(apiId).resourceId(resource).httpMethod(verb).type(IntegrationType.AWS_PROXY)
                .integrationHttpMethod("POST").uri(LAMBDA_URI).timeoutInMillis(timeoutMillis));
    }
}
