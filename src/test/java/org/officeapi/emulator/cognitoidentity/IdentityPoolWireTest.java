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

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
