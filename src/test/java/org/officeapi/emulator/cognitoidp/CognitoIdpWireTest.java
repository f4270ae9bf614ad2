package org.officeapi.emulator.cognitoidp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.officeapi.emulator.cognitoidp.CognitoTestSupport.*;

/**
 * The awsJson1_1 wire shape of cognito-idp, pinned byte for byte with a plain HTTP client: success and error
 * bodies, content type, {@code x-amzn-ErrorType}, and what bad input gets. A failed call leaves no trace.
 */
class CognitoIdpWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_11 = "application/x-amz-json-1.1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedAws aws;
    private static CognitoIdentityProviderClient idp;
    private static String pool;
    private static String app;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        idp = client(aws);
        pool = newPool(idp);
        app = passwordClient(idp, pool).clientId();
        confirmedUser(idp, pool, "rose");
    }

    @AfterAll
    static void stop() {
        idp.close();
        aws.close();
    }

    private static HttpResponse<String> post(String operation, String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", JSON_11);
        if (operation != null) {
            request.header("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String operation, String body) throws IOException, InterruptedException {
        return post(operation, body, Map.of());
    }

    /** A request signed by the AWS SDK's own SigV4 signer, sent by a plain HTTP client. */
    private static HttpResponse<String> signedPost(String operation, String body, String secretKey) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(URI.create(aws.endpoint() + "/"))
                .putHeader("Content-Type", JSON_11)
                .putHeader("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation)
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(aws.accessKey(), secretKey))
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "cognito-idp")
                .putProperty(AwsV4HttpSigner.REGION_NAME, aws.region()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(aws.endpoint() + "/")).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> response, int status, String type, String message) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains(JSON_11);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(type + ":");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("__type").asText()).isEqualTo(type);
        if (message != null) {
            assertThat(body.path("message").asText()).isEqualTo(message);
        }
    }

    @Test
    void anUnsignedSuccessIsAwsJson() throws Exception {
        HttpResponse<String> response = post("InitiateAuth", "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":\"" + app
                + "\",\"AuthParameters\":{\"USERNAME\":\"rose\",\"PASSWORD\":\"" + PASSWORD + "\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(JSON_11);
        assertThat(response.headers().firstValue("x-amzn-RequestId").orElseThrow()).matches("[0-9a-f-]{36}");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("ChallengeParameters").isObject()).isTrue();
        assertThat(body.path("ChallengeParameters").size()).isZero();
        JsonNode result = body.path("AuthenticationResult");
        assertThat(result.path("ExpiresIn").isInt()).isTrue();
        assertThat(result.path("ExpiresIn").asInt()).isEqualTo(3600);
        assertThat(result.path("TokenType").asText()).isEqualTo("Bearer");
        assertThat(List.of("AccessToken", "IdToken", "RefreshToken")).allSatisfy(name -> assertThat(result.path(name).isTextual()).isTrue());
    }

    @Test
    void anErrorIsTypeMessageAndHeaderExactly() throws Exception {
        HttpResponse<String> response = post("InitiateAuth", "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":\"" + app
                + "\",\"AuthParameters\":{\"USERNAME\":\"rose\",\"PASSWORD\":\"Wrong-Pass-1\"}}");

        assertError(response, 400, "NotAuthorizedException", "Incorrect username or password.");
        assertThat(response.body()).isEqualTo("{\"__type\":\"NotAuthorizedException\",\"message\":\"Incorrect username or password.\"}");
    }

    @Test
    void aSignedSuccessIsAwsJson() throws Exception {
        HttpResponse<String> response = signedPost("CreateGroup", "{\"UserPoolId\":\"" + pool + "\",\"GroupName\":\"Wire\",\"Precedence\":3}",
                aws.secretKey());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode group = JSON.readTree(response.body()).path("Group");
        assertThat(group.path("GroupName").asText()).isEqualTo("Wire");
        assertThat(group.path("Precedence").asInt()).isEqualTo(3);
        assertThat(group.path("CreationDate").isNumber()).isTrue();
        assertThat(group.has("RoleArn")).isFalse();
    }

    @Test
    void signedOperationsNeedAValidSignature() throws Exception {
        assertError(post("CreateUserPool", "{\"PoolName\":\"unsigned\"}"), 400, "MissingAuthenticationTokenException", "Missing Authentication Token");
        assertError(post("CreateUserPool", "{\"PoolName\":\"garbled\"}", Map.of("Authorization", "AWS4-HMAC-SHA256 nonsense")),
                400, "IncompleteSignatureException", null);
        HttpResponse<String> wrongSecret = signedPost("CreateUserPool", "{\"PoolName\":\"forged\"}", "not-the-secret");
        assertError(wrongSecret, 400, "InvalidSignatureException", null);
        assertThat(JSON.readTree(wrongSecret.body()).path("message").asText()).startsWith("The request signature we calculated does not match");

        assertThat(idp.listUserPools(r -> r.maxResults(60)).userPools()).extracting(p -> p.name())
                .doesNotContain("unsigned", "garbled", "forged");
    }

    @Test
    void unreadableJsonIsASerializationException() throws Exception {
        assertError(post("InitiateAuth", "{\"AuthFlow\":"), 400, "SerializationException", null);
        assertError(post("InitiateAuth", "[1,2]"), 400, "SerializationException", null);
        assertError(post("InitiateAuth", "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":5}"), 400, "SerializationException", null);
    }

    @Test
    void anUnknownOperationIsNamed() throws Exception {
        assertError(post("FlyToTheMoon", "{}"), 400, "UnknownOperationException", null);
        assertThat(JSON.readTree(post("FlyToTheMoon", "{}").body()).path("message").asText()).contains("FlyToTheMoon");
    }

    @Test
    void missingMembersAreValidationErrorsInAwsWords() throws Exception {
        HttpResponse<String> response = post("InitiateAuth", "{}");

        assertError(response, 400, "InvalidParameterException", null);
        assertThat(JSON.readTree(response.body()).path("message").asText())
                .startsWith("2 validation errors detected: ")
                .contains("Value null at 'authFlow' failed to satisfy constraint: Member must not be null")
                .contains("Value null at 'clientId' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void anEmptyBodyCountsAsAnEmptyObject() throws Exception {
        assertError(post("InitiateAuth", ""), 400, "InvalidParameterException", null);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedBeforeAnyServiceSeesIt() throws Exception {
        String huge = "{\"ClientId\":\"" + "x".repeat(1024 * 1024) + "\"}";

        HttpResponse<String> response = post("SignUp", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("__type").asText()).isEqualTo("RequestEntityTooLargeException");
    }

    /**
     * amazon-cognito-identity-js in a browser sends {@code "DEVICE_KEY": null} (localStorage's answer for a device it
     * never remembered) on every session refresh; a null member counts as absent, never as a 500.
     */
    @Test
    void nullAuthParametersAndChallengeResponsesCountAsAbsent() throws Exception {
        JsonNode signedIn = JSON.readTree(post("InitiateAuth", "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":\"" + app
                + "\",\"AuthParameters\":{\"USERNAME\":\"rose\",\"PASSWORD\":\"" + PASSWORD + "\",\"DEVICE_KEY\":null}}").body());
        String refreshToken = signedIn.path("AuthenticationResult").path("RefreshToken").asText();

        HttpResponse<String> refreshed = post("InitiateAuth", "{\"AuthFlow\":\"REFRESH_TOKEN_AUTH\",\"ClientId\":\"" + app
                + "\",\"AuthParameters\":{\"REFRESH_TOKEN\":\"" + refreshToken + "\",\"DEVICE_KEY\":null},\"ClientMetadata\":{}}");
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(JSON.readTree(refreshed.body()).path("AuthenticationResult").path("IdToken").isTextual()).isTrue();

        idp.adminCreateUser(r -> r.userPoolId(pool).username("newcomer").temporaryPassword("Temporary-Pass-1")
                .messageAction(software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType.SUPPRESS));
        String session = JSON.readTree(post("InitiateAuth", "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":\"" + app
                + "\",\"AuthParameters\":{\"USERNAME\":\"newcomer\",\"PASSWORD\":\"Temporary-Pass-1\"}}").body()).path("Session").asText();
        HttpResponse<String> answered = post("RespondToAuthChallenge", "{\"ChallengeName\":\"NEW_PASSWORD_REQUIRED\",\"ClientId\":\"" + app
                + "\",\"Session\":\"" + session + "\",\"ChallengeResponses\":{\"USERNAME\":\"newcomer\",\"NEW_PASSWORD\":\""
                + PASSWORD + "\",\"DEVICE_KEY\":null}}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(JSON.readTree(answered.body()).path("AuthenticationResult").path("IdToken").isTextual()).isTrue();

        assertError(post("InitiateAuth", "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":\"" + app
                + "\",\"AuthParameters\":{\"USERNAME\":\"rose\",\"PASSWORD\":null}}"), 400, "InvalidParameterException",
                "Missing required parameter PASSWORD");
    }

    @Test
    void aRefusedSignUpLeavesNoUser() throws Exception {
        assertError(post("SignUp", "{\"ClientId\":\"" + app + "\",\"Username\":\"weak\",\"Password\":\"weak\"}"), 400,
                "InvalidPasswordException", "Password did not conform with policy: Password not long enough");
        assertError(post("SignUp", "{\"ClientId\":\"" + app + "\",\"Username\":\"odd\",\"Password\":\"" + PASSWORD
                + "\",\"UserAttributes\":[{\"Name\":\"shoe_size\",\"Value\":\"9\"}]}"), 400, "InvalidParameterException",
                "Attributes did not conform to the schema: shoe_size: Attribute does not exist in the schema.\n");

        assertThat(idp.listUsers(r -> r.userPoolId(pool)).users()).extracting(u -> u.username()).doesNotContain("weak", "odd");
    }

    @Test
    void theDocumentsRouteServesOnlyItsOwnPaths() throws Exception {
        HttpResponse<String> jwks = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/" + pool + "/.well-known/jwks.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknownPool = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/us-east-1_nothere/.well-known/jwks.json"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> elsewhere = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/" + pool + "/.well-known/other.json"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/" + pool + "/.well-known/jwks.json"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(JSON.readTree(jwks.body()).path("keys").size()).isEqualTo(2);
        assertThat(unknownPool.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknownPool.body()).path("message").asText()).contains("us-east-1_nothere");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.body()).doesNotContain("keys");
        assertThat(posted.statusCode()).isNotEqualTo(200);
    }
}
