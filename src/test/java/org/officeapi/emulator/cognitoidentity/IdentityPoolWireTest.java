package org.officeapi.emulator.cognitoidentity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The awsJson1_1 wire shape of cognito-identity, byte for byte where AWS's is known (reference §0). */
class IdentityPoolWireTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestUserPool USER_POOL = new TestUserPool("us-east-1_Office", "clientabc123");

    private static EmbeddedAws aws;
    private static IdentityPoolTestServer withFakes;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        withFakes = new IdentityPoolTestServer(USER_POOL);
    }

    @AfterAll
    static void stop() {
        aws.close();
        withFakes.close();
    }

    private static HttpResponse<String> post(URI endpoint, String operation, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(endpoint.resolve("/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityService." + operation)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anErrorIsItsShortNameAndMessageWithTheTypeInAHeaderToo() throws Exception {
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";

        HttpResponse<String> response = post(aws.endpoint(), "GetId", "{\"IdentityPoolId\":\"" + unknown + "\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.1");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("ResourceNotFoundException:");
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(
                "{\"__type\":\"ResourceNotFoundException\",\"message\":\"IdentityPool '" + unknown + "' not found.\"}"));
    }

    @Test
    void aValidationErrorIsAValidationException() throws Exception {
        HttpResponse<String> response = post(aws.endpoint(), "GetId", "{\"IdentityPoolId\":\"not-a-pool\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("ValidationException:");
        assertThat(JSON.readTree(response.body()).get("__type").asText()).isEqualTo("ValidationException");
    }

    @Test
    void credentialsCarrySecretKeyAndAnEpochSecondsExpiration() throws Exception {
        try (CognitoIdentityClient cognito = withFakes.client()) {
            String poolId = cognito.createIdentityPool(r -> r.identityPoolName("office").allowUnauthenticatedIdentities(true)).identityPoolId();
            String role = withFakes.iam.role("Cognito_OfficeUnauth_Role");
            withFakes.iam.trustCognito(role, poolId, "unauthenticated");
            cognito.setIdentityPoolRoles(r -> r.identityPoolId(poolId).roles(Map.of("unauthenticated", role)));
            String guest = cognito.getId(r -> r.identityPoolId(poolId)).identityId();

            HttpResponse<String> response = post(withFakes.endpoint(), "GetCredentialsForIdentity", "{\"IdentityId\":\"" + guest + "\"}");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("IdentityId").asText()).isEqualTo(guest);
            JsonNode credentials = body.get("Credentials");
            assertThat(fieldNames(credentials)).containsExactlyInAnyOrder("AccessKeyId", "SecretKey", "SessionToken", "Expiration");
            assertThat(credentials.get("Expiration").isNumber()).isTrue();
            assertThat(credentials.get("Expiration").asLong()).isBetween(withFakes.clock.instant().getEpochSecond() + 3590,
                    withFakes.clock.instant().getEpochSecond() + 3610);
        } finally {
            withFakes.iam.clear();
            withFakes.service.reset();
        }
    }

    @Test
    void theOpenIdTokenVerifiesAgainstTheServedJwks() throws Exception {
        String guest;
        String poolId;
        try (CognitoIdentityClient cognito = SdkClients.client(CognitoIdentityClient.builder(), aws)) {
            poolId = cognito.createIdentityPool(r -> r.identityPoolName("office").allowUnauthenticatedIdentities(true)).identityPoolId();
            guest = cognito.getId(r -> r.identityPoolId(poolId)).identityId();
        }

        HttpResponse<String> tokenResponse = post(aws.endpoint(), "GetOpenIdToken", "{\"IdentityId\":\"" + guest + "\"}");
        HttpResponse<String> jwks = HTTP.send(HttpRequest.newBuilder(aws.endpoint().resolve("/.well-known/jwks_uri")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        assertThat(fieldNames(JSON.readTree(tokenResponse.body()))).containsExactlyInAnyOrder("IdentityId", "Token");
        SignedJWT token = SignedJWT.parse(JSON.readTree(tokenResponse.body()).get("Token").asText());
        assertThat(jwks.statusCode()).isEqualTo(200);
        RSAKey key = JWKSet.parse(jwks.body()).getKeyByKeyId(token.getHeader().getKeyID()).toRSAKey();
        assertThat(key.isPrivate()).isFalse();
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(poolId);
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(guest);
    }

    @Test
    void nullsInsideCollectionsAreClientErrorsOrIgnoredNeverServerErrors() throws Exception {
        String poolId;
        String guest;
        try (CognitoIdentityClient cognito = SdkClients.client(CognitoIdentityClient.builder(), aws)) {
            poolId = cognito.createIdentityPool(r -> r.identityPoolName("office").allowUnauthenticatedIdentities(true)
                    .cognitoIdentityProviders(software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider.builder()
                            .providerName(USER_POOL.providerName).clientId(USER_POOL.clientId).build())).identityPoolId();
            guest = cognito.getId(r -> r.identityPoolId(poolId)).identityId();
        }
        String mappingKey = USER_POOL.providerName + ":" + USER_POOL.clientId;
        // operation → [body, the answer AWS's rules give it]
        Map<String, List<String>> calls = Map.of(
                "GetId", List.of("{\"IdentityPoolId\":\"" + poolId + "\",\"Logins\":{\"" + USER_POOL.providerName + "\":null}}", "NotAuthorizedException"),
                "GetCredentialsForIdentity", List.of("{\"IdentityId\":\"" + guest + "\",\"Logins\":{\"" + USER_POOL.providerName + "\":null}}", "NotAuthorizedException"),
                "SetIdentityPoolRoles", List.of("{\"IdentityPoolId\":\"" + poolId + "\",\"Roles\":{\"authenticated\":null},"
                        + "\"RoleMappings\":{\"" + mappingKey + "\":{\"Type\":\"Rules\",\"AmbiguousRoleResolution\":\"Deny\","
                        + "\"RulesConfiguration\":{\"Rules\":[null]}}}}", "NotAuthorizedException"),
                "DeleteIdentities", List.of("{\"IdentityIdsToDelete\":[null]}", "(none)"),
                "CreateIdentityPool", List.of("{\"IdentityPoolName\":\"x\",\"AllowUnauthenticatedIdentities\":true,"
                        + "\"CognitoIdentityProviders\":[null],\"IdentityPoolTags\":{\"a\":null},\"SamlProviderARNs\":[null]}",
                        "InvalidParameterException"));
        for (Map.Entry<String, List<String>> call : calls.entrySet()) {
            HttpResponse<String> response = call.getKey().startsWith("Get")
                    ? post(aws.endpoint(), call.getKey(), call.getValue().get(0))
                    : signedPost(call.getKey(), call.getValue().get(0));
            JsonNode answer = JSON.readTree(response.body());
            assertThat(answer.path("__type").asText("(none)")).as(call.getKey() + ": " + response.body()).isEqualTo(call.getValue().get(1));
            assertThat(response.statusCode()).as(call.getKey()).isEqualTo(call.getValue().get(1).equals("(none)") ? 200 : 400);
        }
    }

    /** A SigV4-signed awsJson1_1 call with the embedded AWS's root keys, signed by the SDK's own signer. */
    private static HttpResponse<String> signedPost(String operation, String body) throws Exception {
        var request = software.amazon.awssdk.http.SdkHttpFullRequest.builder()
                .method(software.amazon.awssdk.http.SdkHttpMethod.POST).uri(aws.endpoint().resolve("/"))
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "AWSCognitoIdentityService." + operation)
                .contentStreamProvider(() -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        var signed = software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.create().sign(r -> r
                .identity(software.amazon.awssdk.identity.spi.AwsCredentialsIdentity.create(aws.accessKey(), aws.secretKey()))
                .request(request).payload(request.contentStreamProvider().orElseThrow())
                .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.SERVICE_SIGNING_NAME, "cognito-identity")
                .putProperty(software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner.REGION_NAME, aws.region()));
        HttpRequest.Builder out = HttpRequest.newBuilder(aws.endpoint().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        signed.request().headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> out.header(name, value));
            }
        });
        return HTTP.send(out.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
