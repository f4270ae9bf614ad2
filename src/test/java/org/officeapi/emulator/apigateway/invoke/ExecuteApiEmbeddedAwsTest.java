package org.officeapi.emulator.apigateway.invoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.CreateRestApiResponse;
import software.amazon.awssdk.services.apigateway.model.IntegrationType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The execute-api rows of reference §4.2 against the embedded AWS as wired, over raw HTTP, with
 * requests signed by the SDK's signer with the embedded AWS's root keys. Root callers are allowed by
 * IAM, so the denial rows are in {@link ExecuteApiAuthorizerTest} and {@link ExecuteApiHttpTest}.
 * Until Lambda is wired no function exists, so a call that gets through ends in AWS's 500 for an
 * integration it cannot invoke.
 */
class ExecuteApiEmbeddedAwsTest {

    static final String LAMBDA_URI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
            + "arn:aws:lambda:us-east-1:000000000000:function:hello/invocations";

    private static EmbeddedAws aws;
    private ApiGatewayClient apigw;
    private String apiId;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @BeforeEach
    void deploy() {
        apigw = SdkClients.client(ApiGatewayClient.builder(), aws);
        CreateRestApiResponse api = apigw.createRestApi(b -> b.name("office_api"));
        apiId = api.id();
        String user = apigw.createResource(b -> b.restApiId(apiId).parentId(api.rootResourceId()).pathPart("user")).id();
        apigw.putMethod(b -> b.restApiId(apiId).resourceId(user).httpMethod("GET").authorizationType("AWS_IAM"));
        apigw.putIntegration(b -> b.restApiId(apiId).resourceId(user).httpMethod("GET").type(IntegrationType.AWS_PROXY)
                .integrationHttpMethod("POST").uri(LAMBDA_URI));
        apigw.createDeployment(b -> b.restApiId(apiId).stageName("api"));
    }

    @AfterEach
    void forget() {
        apigw.close();
        aws.reset();
    }

    @Test
    void aRootSignatureGetsThroughAllThreeLayoutsToTheIntegration() {
        String awsPath = aws.endpoint() + "/_aws/execute-api/" + apiId + "/api/user";
        String userRequest = aws.endpoint() + "/restapis/" + apiId + "/api/_user_request_/user";
        String byHost = "https://" + apiId + ".execute-api." + aws.region() + ".amazonaws.com/api/user";

        for (String url : List.of(awsPath, userRequest, byHost)) {
            RawHttp.Response response = signedCall(url, root(), Instant.now());
            assertThat(response.status()).as(url).isEqualTo(500);
            assertThat(response.header("x-amzn-ErrorType")).as(url).isEqualTo("InternalServerErrorException");
            assertThat(response.body()).as(url).isEqualTo("{\"message\":\"Internal server error\"}");
        }
    }

    @Test
    void row1AnUnsignedCall() {
        RawHttp.Response response = unsigned("/_aws/execute-api/" + apiId + "/api/user", List.of());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    }

    @Test
    void row2UnknownPathStageApiOrMethodLookTheSame() {
        for (String path : List.of("/_aws/execute-api/" + apiId + "/api/admin", "/_aws/execute-api/" + apiId + "/prod/user",
                "/_aws/execute-api/nosuchapi1/api/user", "/restapis/" + apiId + "/api/_user_request_/")) {
            RawHttp.Response response = unsigned(path, List.of());
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).isEqualTo("{\"message\":\"Missing Authentication Token\"}");
        }
        RawHttp.Response post = RawHttp.send(aws.port(), "POST /_aws/execute-api/" + apiId + "/api/user HTTP/1.1",
                List.of("Host: 127.0.0.1"), "{}".getBytes());
        assertThat(post.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
        // a valid signature does not turn a wrong path into anything else
        RawHttp.Response signedWrongPath = signedCall(aws.endpoint() + "/_aws/execute-api/" + apiId + "/api/admin", root(), Instant.now());
        assertThat(signedWrongPath.status()).isEqualTo(403);
        assertThat(signedWrongPath.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
    }

    @Test
    void row3ABearerTokenOnAnIamMethodAndOnAnUnknownRoute() throws Exception {
        for (String path : List.of("/_aws/execute-api/" + apiId + "/api/user", "/_aws/execute-api/" + apiId + "/api/nowhere")) {
            RawHttp.Response response = unsigned(path, List.of("Authorization: Bearer eyJraWQiOiJrMSJ9.e30.c2ln"));
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.header("x-amzn-ErrorType")).as(path).isEqualTo("IncompleteSignatureException");
            assertThat(message(response)).as(path).isEqualTo("'eyJraWQiOiJrMSJ9.e30.c2ln' not a valid key=value pair"
                    + " (missing equal-sign) in Authorization header: 'Bearer eyJraWQiOiJrMSJ9.e30.c2ln'.");
        }
    }

    @Test
    void row3bAMalformedSigV4Header() throws Exception {
        RawHttp.Response response = unsigned("/_aws/execute-api/" + apiId + "/api/user", List.of(
                "Authorization: AWS4-HMAC-SHA256 Credential=" + aws.accessKey() + "/20261127/us-east-1/execute-api/aws4_request, SignedHeaders",
                "X-Amz-Date: 20261127T100000Z"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("IncompleteSignatureException");
        assertThat(message(response)).startsWith("'SignedHeaders' not a valid key=value pair (missing equal-sign) in Authorization header:");
    }

    @Test
    void row4AnUnknownAccessKey() {
        RawHttp.Response response = signedCall(aws.endpoint() + "/_aws/execute-api/" + apiId + "/api/user",
                AwsCredentialsIdentity.create("AKIAUNKNOWNEXAMPLE01", "secret"), Instant.now());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("AccessDeniedException");
        assertThat(response.body()).isEqualTo("{\"message\":\"The security token included in the request is invalid.\"}");
    }

    @Test
    void row5AWrongSecretComputedOnThePathTheClientCalled() throws Exception {
        RawHttp.Response response = signedCall(aws.endpoint() + "/_aws/execute-api/" + apiId + "/api/user",
                AwsCredentialsIdentity.create(aws.accessKey(), "wrong"), Instant.now());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(message(response)).startsWith("The request signature we calculated does not match the signature you provided."
                        + " Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
                        + "\n\nThe Canonical String for this request should have been\n'GET\n/_aws/execute-api/" + apiId + "/api/user\n\n")
                .contains("/" + aws.region() + "/execute-api/aws4_request\n");
    }

    @Test
    void aSignatureForTheControlPlaneIsNotOneForExecuteApi() throws Exception {
        SdkHttpRequest signed = SignedRequests.sign("apigateway", "GET", aws.endpoint() + "/_aws/execute-api/" + apiId + "/api/user",
                Map.of(), null, root(), aws.region(), Instant.now());

        RawHttp.Response response = RawHttp.send(aws.port(), signed, null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(message(response)).isEqualTo("Credential should be scoped to correct service: 'execute-api'. ");
    }

    @Test
    void row6ASignatureMoreThanFiveMinutesOld() throws Exception {
        SdkHttpRequest signed = SignedRequests.sign("GET", aws.endpoint() + "/_aws/execute-api/" + apiId + "/api/user", Map.of(), null,
                root(), aws.region(), Instant.now());
        aws.clock().advance(Duration.ofMinutes(6));

        RawHttp.Response response = RawHttp.send(aws.port(), signed, null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(message(response)).matches("Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z \\(\\d{8}T\\d{6}Z - 5 min\\.\\)");
    }

    @Test
    void row6bASignatureFromMoreThanFiveMinutesAhead() throws Exception {
        RawHttp.Response response = signedCall(aws.endpoint() + "/_aws/execute-api/" + apiId + "/api/user", root(),
                Instant.now().plus(Duration.ofMinutes(6)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(message(response)).startsWith("Signature not yet current: ");
    }

    @Test
    void theControlPlaneOnTheWire() throws Exception {
        RawHttp.Response unsignedCall = unsigned("/restapis/" + apiId, List.of());
        assertThat(unsignedCall.status()).isEqualTo(403);
        assertThat(unsignedCall.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
        assertThat(unsignedCall.body()).isEqualTo("{\"message\":\"Missing Authentication Token\"}");

        SdkHttpRequest signed = SignedRequests.sign("apigateway", "GET", aws.endpoint() + "/restapis/nosuchapi1", Map.of(), null,
                root(), aws.region(), Instant.now());
        RawHttp.Response notFound = RawHttp.send(aws.port(), signed, null);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.header("x-amzn-ErrorType")).isEqualTo("NotFoundException");
        assertThat(notFound.header("Content-Type")).isEqualTo("application/json");
        assertThat(notFound.body()).isEqualTo("{\"message\":\"Invalid API identifier specified 000000000000:nosuchapi1\"}");

        SdkHttpRequest get = SignedRequests.sign("apigateway", "GET", aws.endpoint() + "/restapis/" + apiId, Map.of(), null,
                root(), aws.region(), Instant.now());
        RawHttp.Response found = RawHttp.send(aws.port(), get, null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(found.body()).get("createdDate").isIntegralNumber()).as("epoch seconds").isTrue();
    }

    private RawHttp.Response signedCall(String url, AwsCredentialsIdentity credentials, Instant signedAt) {
        SdkHttpRequest signed = SignedRequests.sign("GET", url, Map.of(), null, credentials, aws.region(), signedAt);
        return RawHttp.send(aws.port(), signed, null);
    }

    private RawHttp.Response unsigned(String path, List<String> headers) {
        List<String> all = new java.util.ArrayList<>(headers);
        all.add(0, "Host: 127.0.0.1:" + aws.port());
        return RawHttp.send(aws.port(), "GET " + path + " HTTP/1.1", all, null);
    }

    private AwsCredentialsIdentity root() {
        return AwsCredentialsIdentity.create(aws.accessKey(), aws.secretKey());
    }

    private static String message(RawHttp.Response response) throws Exception {
        return new ObjectMapper().readTree(response.body()).get("message").asText();
    }
}
