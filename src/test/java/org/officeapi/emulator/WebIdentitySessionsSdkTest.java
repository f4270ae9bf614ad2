package org.officeapi.emulator;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleWithWebIdentityResponse;
import software.amazon.awssdk.services.sts.model.Credentials;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.officeapi.emulator.AwsErrorAssertions.awsError;

/**
 * STS's classic flow end to end through the real SDK clients: AssumeRoleWithWebIdentity with a
 * Cognito identity pool token, the session's credentials at STS and IAM, their authorization by the
 * role's policies, their expiry, and every refusal on the way.
 */
class WebIdentitySessionsSdkTest {

    static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";
    static final String IDENTITY = "us-east-1:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    static final List<String> AUTHENTICATED = List.of("authenticated", "cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool",
            "cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool:CognitoSignIn:1234");
    static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
             "Principal":{"Federated":"cognito-identity.amazonaws.com"},
             "Action":"sts:AssumeRoleWithWebIdentity",
             "Condition":{"StringEquals":{"cognito-identity.amazonaws.com:aud":"%s"},
                          "ForAnyValue:StringLike":{"cognito-identity.amazonaws.com:amr":"authenticated"}}}]}""".formatted(POOL);
    static final String ROLE_ARN = "arn:aws:iam::000000000000:role/office/CognitoRoleSecureApiUser";

    private WiredAws aws;
    private IamClient rootIam;
    private StsClient anonymousSts;

    @BeforeEach
    void start() {
        aws = new WiredAws(Duration.ZERO);
        rootIam = aws.rootClient(IamClient.builder());
        // AssumeRoleWithWebIdentity is unsigned; the SDK needs some credentials configured all the same
        anonymousSts = aws.client(StsClient.builder(), AwsBasicCredentials.create("unused", "unused"));
        rootIam.createRole(r -> r.roleName("CognitoRoleSecureApiUser").path("/office/").assumeRolePolicyDocument(TRUST)
                .maxSessionDuration(7200));
    }

    @AfterEach
    void stop() {
        rootIam.close();
        anonymousSts.close();
        aws.close();
    }

    private AssumeRoleWithWebIdentityResponse assume(Consumer<AssumeRoleWithWebIdentityRequest.Builder> more) {
        return anonymousSts.assumeRoleWithWebIdentity(r -> {
            r.roleArn(ROLE_ARN).roleSessionName("CognitoIdentityCredentials")
                    .webIdentityToken(aws.identityPoolToken(POOL, IDENTITY, AUTHENTICATED));
            more.accept(r);
        });
    }

    private static AwsSessionCredentials session(Credentials credentials) {
        return AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken());
    }

    @Test
    void assumeRoleWithWebIdentityStartsASessionOfTheRole() {
        Instant before = aws.clock().instant().truncatedTo(ChronoUnit.SECONDS);

        AssumeRoleWithWebIdentityResponse response = assume(r -> { });

        Credentials credentials = response.credentials();
        assertThat(credentials.accessKeyId()).startsWith("ASIA").hasSize(20).matches("[A-Z0-9]+");
        assertThat(credentials.secretAccessKey()).hasSize(40);
        assertThat(credentials.sessionToken()).hasSizeGreaterThan(100);
        assertThat(credentials.expiration()).isBetween(before.plusSeconds(3600), before.plusSeconds(3601));
        assertThat(response.assumedRoleUser().arn())
                .isEqualTo("arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials");
        String roleId = rootIam.getRole(r -> r.roleName("CognitoRoleSecureApiUser")).role().roleId();
        assertThat(response.assumedRoleUser().assumedRoleId()).isEqualTo(roleId + ":CognitoIdentityCredentials");
        assertThat(response.subjectFromWebIdentityToken()).isEqualTo(IDENTITY);
        assertThat(response.audience()).isEqualTo(POOL);
        assertThat(response.provider()).isEqualTo("https://cognito-identity.amazonaws.com");
    }

    @Test
    void theSessionsCredentialsAreTheAssumedRoleAtGetCallerIdentity() {
        Credentials credentials = assume(r -> r.durationSeconds(900)).credentials();

        try (StsClient sts = aws.client(StsClient.builder(), session(credentials))) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();

            String roleId = rootIam.getRole(r -> r.roleName("CognitoRoleSecureApiUser")).role().roleId();
            assertThat(identity.userId()).isEqualTo(roleId + ":CognitoIdentityCredentials");
            assertThat(identity.arn()).isEqualTo("arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials");
            assertThat(identity.account()).isEqualTo("000000000000");
        }
    }

    @Test
    void expiredSessionCredentialsAreRefusedAtStsAndIam() {
        Credentials credentials = assume(r -> r.durationSeconds(900)).credentials();
        assertThat(credentials.expiration()).isBefore(aws.clock().instant().plusSeconds(901));

        aws.advance(Duration.ofSeconds(901));

        try (StsClient sts = aws.client(StsClient.builder(), session(credentials));
             IamClient iam = aws.client(IamClient.builder(), session(credentials))) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .satisfies(awsError("ExpiredToken", 403, "The security token included in the request is expired"));
            assertThatThrownBy(() -> iam.getRole(r -> r.roleName("CognitoRoleSecureApiUser")))
                    .satisfies(awsError("ExpiredToken", 403, "The security token included in the request is expired"));
        }
    }

    @Test
    void unknownOrMismatchedTemporaryCredentialsAreInvalidClientTokenId() {
        Credentials credentials = assume(r -> { }).credentials();
        AwsSessionCredentials unknown = AwsSessionCredentials.create("ASIAAAAAAAAAAAAAAAAA", credentials.secretAccessKey(),
                credentials.sessionToken());
        AwsSessionCredentials wrongToken = AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken().substring(1));

        for (AwsSessionCredentials refused : List.of(unknown, wrongToken)) {
            try (StsClient sts = aws.client(StsClient.builder(), refused);
                 IamClient iam = aws.client(IamClient.builder(), refused)) {
                assertThatThrownBy(sts::getCallerIdentity)
                        .satisfies(awsError("InvalidClientTokenId", 403, "The security token included in the request is invalid."));
                assertThatThrownBy(() -> iam.listRoles())
                        .satisfies(awsError("InvalidClientTokenId", 403, "The security token included in the request is invalid."));
            }
        }
    }

    @Test
    void aSessionMayCallOnlyWhatItsRolesPoliciesAllow() {
        Credentials credentials = assume(r -> { }).credentials();
        try (IamClient iam = aws.client(IamClient.builder(), session(credentials))) {
            assertThatThrownBy(() -> iam.getRole(r -> r.roleName("CognitoRoleSecureApiUser")))
                    .satisfies(awsError("AccessDenied", 403, "User: arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/"
                            + "CognitoIdentityCredentials is not authorized to perform: iam:GetRole on resource: " + ROLE_ARN
                            + " because no identity-based policy allows the iam:GetRole action"));

            rootIam.putRolePolicy(r -> r.roleName("CognitoRoleSecureApiUser").policyName("read-self").policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":[\"iam:GetRole\",\"iam:ListRole*\"],"
                            + "\"Resource\":\"arn:aws:iam::000000000000:role/*\","
                            + "\"Condition\":{\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\"" + POOL + "\"}}}}"));

            assertThat(iam.getRole(r -> r.roleName("CognitoRoleSecureApiUser")).role().arn()).isEqualTo(ROLE_ARN);
            assertThat(iam.listRoles().roles()).hasSize(1);
            assertThatThrownBy(() -> iam.deleteRole(r -> r.roleName("CognitoRoleSecureApiUser")))
                    .satisfies(awsError("AccessDenied", 403));

            String deny = rootIam.createPolicy(r -> r.policyName("no-reads").policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"iam:Get*\",\"Resource\":\"*\"}}"))
                    .policy().arn();
            rootIam.attachRolePolicy(r -> r.roleName("CognitoRoleSecureApiUser").policyArn(deny));

            assertThatThrownBy(() -> iam.getRole(r -> r.roleName("CognitoRoleSecureApiUser")))
                    .satisfies(awsError("AccessDenied", 403, "User: arn:aws:sts::000000000000:assumed-role/CognitoRoleSecureApiUser/"
                            + "CognitoIdentityCredentials is not authorized to perform: iam:GetRole on resource: " + ROLE_ARN
                            + " with an explicit deny in an identity-based policy"));
        }
    }

    @Test
    void theWebIdentityOfTheSessionIsInTheRequestContext() {
        rootIam.putRolePolicy(r -> r.roleName("CognitoRoleSecureApiUser").policyName("other-pool").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"iam:ListRoles\",\"Resource\":\"*\","
                        + "\"Condition\":{\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\"us-east-1:another-pool\"}}}}"));
        Credentials credentials = assume(r -> { }).credentials();

        try (IamClient iam = aws.client(IamClient.builder(), session(credentials))) {
            assertThatThrownBy(iam::listRoles).satisfies(awsError("AccessDenied", 403));
        }
    }

    @Test
    void getCallerIdentityNeedsNoPermission() {
        rootIam.putRolePolicy(r -> r.roleName("CognitoRoleSecureApiUser").policyName("deny-all").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}}"));
        Credentials credentials = assume(r -> { }).credentials();

        try (StsClient sts = aws.client(StsClient.builder(), session(credentials))) {
            assertThat(sts.getCallerIdentity().arn()).endsWith(":assumed-role/CognitoRoleSecureApiUser/CognitoIdentityCredentials");
        }
    }

    @Test
    void theTrustPolicyDecidesWhoMayAssumeTheRole() {
        String notAuthorized = "Not authorized to perform sts:AssumeRoleWithWebIdentity";
        assertThatThrownBy(() -> assume(r -> r.webIdentityToken(aws.identityPoolToken(POOL, IDENTITY, List.of("unauthenticated")))))
                .satisfies(awsError("AccessDenied", 403, notAuthorized));
        assertThatThrownBy(() -> assume(r -> r.webIdentityToken(aws.identityPoolToken("us-east-1:other", IDENTITY, AUTHENTICATED))))
                .satisfies(awsError("AccessDenied", 403, notAuthorized));
        assertThatThrownBy(() -> assume(r -> r.roleArn("arn:aws:iam::000000000000:role/office/Missing")))
                .satisfies(awsError("AccessDenied", 403, notAuthorized));
        assertThatThrownBy(() -> assume(r -> r.roleArn("arn:aws:iam::000000000000:role/CognitoRoleSecureApiUser")))
                .satisfies(awsError("AccessDenied", 403, notAuthorized));
    }

    @Test
    void theTokenMustBeAValidUnexpiredIdentityPoolToken() throws Exception {
        assertThatThrownBy(() -> assume(r -> r.webIdentityToken("not-a-jwt")))
                .satisfies(awsError("InvalidIdentityToken", 400,
                        "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)"));

        String expired = aws.identityPoolToken(POOL, IDENTITY, AUTHENTICATED);
        Instant expiry = aws.clock().instant().plus(Duration.ofMinutes(10));
        aws.advance(Duration.ofMinutes(11));
        Instant now = aws.clock().instant();
        assertThatThrownBy(() -> assume(r -> r.webIdentityToken(expired)))
                .satisfies(awsError("ExpiredTokenException", 400))
                .hasMessageContaining("Token expired: current date/time ")
                .hasMessageContaining("must be before the expiration date/time " + expiry.getEpochSecond());
        assertThat(now.getEpochSecond()).isGreaterThan(expiry.getEpochSecond());

        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(WiredAws.KEY_ID).generate();
        String forged = WiredAws.token(claims("https://cognito-identity.amazonaws.com").build(), otherKey);
        assertThatThrownBy(() -> assume(r -> r.webIdentityToken(forged))).satisfies(awsError("InvalidIdentityToken", 400));

        RSAKey unknownKey = new RSAKeyGenerator(2048).keyID("unknown").generate();
        String unknownKid = WiredAws.token(claims("https://cognito-identity.amazonaws.com").build(), unknownKey);
        assertThatThrownBy(() -> assume(r -> r.webIdentityToken(unknownKid)))
                .satisfies(awsError("InvalidIdentityToken", 400, "Couldn't retrieve verification key from your identity provider,"
                        + "  please reference AssumeRoleWithWebIdentity documentation for requirements"));

        String google = WiredAws.token(claims("https://accounts.google.com").build(), unknownKey);
        assertThatThrownBy(() -> assume(r -> r.webIdentityToken(google)))
                .satisfies(awsError("InvalidIdentityToken", 400, "No OpenIDConnect provider found in your account for https://accounts.google.com"));
    }

    @Test
    void durationAndSessionNameAreValidated() {
        assertThatThrownBy(() -> assume(r -> r.durationSeconds(7201)))
                .satisfies(awsError("ValidationError", 400, "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."));
        assertThatThrownBy(() -> assume(r -> r.durationSeconds(899)))
                .satisfies(awsError("ValidationError", 400, "1 validation error detected: Value '899' at 'durationSeconds' failed to "
                        + "satisfy constraint: Member must have value greater than or equal to 900"));
        assertThatThrownBy(() -> assume(r -> r.roleSessionName("bad name")))
                .satisfies(awsError("ValidationError", 400, "1 validation error detected: Value 'bad name' at 'roleSessionName' failed "
                        + "to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"));
        assertThat(assume(r -> r.durationSeconds(7200)).credentials().expiration())
                .isAfter(aws.clock().instant().plusSeconds(7190));
    }

    @Test
    void sessionPoliciesAreRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> assume(r -> r.policy("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}")))
                .satisfies(awsError("ValidationError", 400));
    }

    private JWTClaimsSet.Builder claims(String issuer) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(POOL).subject(IDENTITY).claim("amr", AUTHENTICATED)
                .expirationTime(Date.from(aws.clock().instant().plus(Duration.ofMinutes(10))));
    }
}
