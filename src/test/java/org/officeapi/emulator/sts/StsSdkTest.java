package org.officeapi.emulator.sts;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StsSdkTest {

    private static EmbeddedAws aws;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void rootCredentialsAreTheAccountRoot() {
        try (StsClient sts = SdkClients.client(StsClient.builder(), aws)) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();

            assertThat(identity.account()).isEqualTo("000000000000");
            assertThat(identity.arn()).isEqualTo("arn:aws:iam::000000000000:root");
            assertThat(identity.userId()).isEqualTo("000000000000");
        }
    }

    @Test
    void withoutCognitoIdentityPoolsNoIdentityPoolTokenVerifies() throws Exception {
        String token = unverifiableToken();
        try (StsClient sts = SdkClients.client(StsClient.builder(), aws)) {
            assertThatThrownBy(() -> sts.assumeRoleWithWebIdentity(r -> r.roleArn("arn:aws:iam::000000000000:role/any")
                    .roleSessionName("web").webIdentityToken(token)))
                    .isInstanceOfSatisfying(StsException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidIdentityToken");
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith("Couldn't retrieve verification key");
                    });
        }
    }

    /** A well-formed identity pool token signed by a key the embedded AWS does not know. */
    private static String unverifiableToken() throws Exception {
        com.nimbusds.jose.jwk.RSAKey key = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("k").generate();
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256).keyID("k").build(),
                new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer("https://cognito-identity.amazonaws.com").audience("us-east-1:pool")
                        .subject("us-east-1:identity").expirationTime(new java.util.Date(System.currentTimeMillis() + 600_000)).build());
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void anUnknownAccessKeyIsRefused() {
        try (StsClient sts = SdkClients.client(StsClient.builder(), aws, AwsBasicCredentials.create("AKIAUNKNOWN", "x"))) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOfSatisfying(StsException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The security token included in the request is invalid.");
                    });
        }
    }

    @Test
    void aWrongSecretIsASignatureMismatch() {
        try (StsClient sts = SdkClients.client(StsClient.builder(), aws, AwsBasicCredentials.create(aws.accessKey(), "wrong"))) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOfSatisfying(StsException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith("The request signature we calculated does not match");
                    });
        }
    }
}
