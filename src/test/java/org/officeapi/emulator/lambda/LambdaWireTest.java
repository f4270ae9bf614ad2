package org.officeapi.emulator.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.lambda.fixtures.EchoHandler;
import org.officeapi.emulator.lambda.fixtures.ThrowingHandler;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Lambda's restJson1 wire shape, pinned with raw SigV4-signed HTTP requests. */
class LambdaWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESTRICTED = Set.of("host", "content-length");
    private static EmbeddedAws aws;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        ExecutionRoleFixtures.lambdaRole(aws, "r");
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method))
                .uri(URI.create(aws.endpoint() + path));
        headers.forEach(request::putHeader);
        if (body != null) {
            request.putHeader("Content-Type", "application/json");
        }
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(aws.accessKey(), aws.secretKey()))
                .request(request.build())
                .payload(body == null ? null : ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.REGION_NAME, aws.region())
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "lambda"));
        HttpRequest.Builder http = HttpRequest.newBuilder(signed.request().getUri())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        signed.request().headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                values.forEach(v -> http.header(name, v));
            }
        });
        return HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String createBody(String name, Class<?> handler) throws Exception {
        return JSON.writeValueAsString(Map.of("FunctionName", name, "Runtime", "java17", "Role", "arn:aws:iam::000000000000:role/r",
                "Handler", handler.getName(), "Code", Map.of("ZipFile", Base64.getEncoder().encodeToString(FixtureZips.of(handler)))));
    }

    @Test
    void createFunctionAnswers201WithTheConfigurationAsJson() throws Exception {
        HttpResponse<String> response = send("POST", "/2015-03-31/functions", createBody("wire-create", EchoHandler.class), Map.of());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("FunctionName").asText()).isEqualTo("wire-create");
        assertThat(body.get("FunctionArn").asText()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:wire-create");
        assertThat(body.get("CodeSize").isIntegralNumber()).isTrue();
        assertThat(body.get("State").asText()).isEqualTo("Active");
        assertThat(body.get("TracingConfig")).isEqualTo(JSON.readTree("{\"Mode\":\"PassThrough\"}"));
        assertThat(body.get("Architectures")).isEqualTo(JSON.readTree("[\"x86_64\"]"));
    }

    @Test
    void errorsCarryTheirTypeInAHeaderAndATypedMessageBody() throws Exception {
        HttpResponse<String> response = send("GET", "/2015-03-31/functions/missing", null, Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(
                "{\"Type\":\"User\",\"Message\":\"Function not found: arn:aws:lambda:us-east-1:000000000000:function:missing\"}"));
    }

    @Test
    void aModelViolationIsAValidationException() throws Exception {
        HttpResponse<String> response = send("POST", "/2015-03-31/functions",
                "{\"FunctionName\":\"wire-bad\",\"Role\":\"not-a-role\",\"Code\":{}}", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
        assertThat(JSON.readTree(response.body()).get("Message").asText()).startsWith("1 validation error detected: Value 'not-a-role' at 'role'");
    }

    @Test
    void deleteFunctionAnswers204WithNoBody() throws Exception {
        send("POST", "/2015-03-31/functions", createBody("wire-delete", EchoHandler.class), Map.of());

        HttpResponse<String> response = send("DELETE", "/2015-03-31/functions/wire-delete", null, Map.of());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void invokeAnswersTheRawPayloadWithFunctionErrorAndVersionHeaders() throws Exception {
        send("POST", "/2015-03-31/functions", createBody("wire-throw", ThrowingHandler.class), Map.of());

        HttpResponse<String> response = send("POST", "/2015-03-31/functions/wire-throw/invocations", "{\"reason\":\"wire\"}",
                Map.of("X-Amz-Invocation-Type", "RequestResponse"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Amz-Function-Error")).hasValue("Unhandled");
        assertThat(response.headers().firstValue("X-Amz-Executed-Version")).hasValue("$LATEST");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("errorMessage").asText()).isEqualTo("boom: wire");
        assertThat(error.get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.get("stackTrace").isArray()).isTrue();
    }

    @Test
    void listFunctionsAnswersWithOrWithoutATrailingSlashAsTheCliSendsIt() throws Exception {
        send("POST", "/2015-03-31/functions", createBody("wire-list", EchoHandler.class), Map.of());

        HttpResponse<String> slash = send("GET", "/2015-03-31/functions/", null, Map.of());
        HttpResponse<String> none = send("GET", "/2015-03-31/functions", null, Map.of());

        assertThat(slash.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(slash.body()).get("Functions").findValuesAsText("FunctionName")).contains("wire-list");
        assertThat(JSON.readTree(none.body())).isEqualTo(JSON.readTree(slash.body()));
    }

    @Test
    void anEventInvocationIsAccepted202() throws Exception {
        send("POST", "/2015-03-31/functions", createBody("wire-event", EchoHandler.class), Map.of());

        HttpResponse<String> response = send("POST", "/2015-03-31/functions/wire-event/invocations", "{}",
                Map.of("X-Amz-Invocation-Type", "Event"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void addPermissionAnswers201WithTheStatementAsAString() throws Exception {
        send("POST", "/2015-03-31/functions", createBody("wire-perm", EchoHandler.class), Map.of());

        HttpResponse<String> response = send("POST", "/2015-03-31/functions/wire-perm/policy",
                "{\"StatementId\":\"apigw\",\"Action\":\"lambda:InvokeFunction\",\"Principal\":\"apigateway.amazonaws.com\"}", Map.of());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("Statement");
        assertThat(body.get("Statement").isTextual()).isTrue();
        assertThat(List.of(JSON.readTree(body.get("Statement").asText()).fieldNames()).get(0)).toIterable()
                .containsExactly("Sid", "Effect", "Principal", "Action", "Resource");
    }
}
