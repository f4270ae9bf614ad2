package org.officeapi.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.officeapi.emulator.AwsErrorAssertions.awsError;
import static org.officeapi.emulator.WebIdentitySessionsSdkTest.AUTHENTICATED;
import static org.officeapi.emulator.WebIdentitySessionsSdkTest.IDENTITY;
import static org.officeapi.emulator.WebIdentitySessionsSdkTest.POOL;
import static org.officeapi.emulator.WebIdentitySessionsSdkTest.TRUST;

/**
 * The IAM propagation delay as clients see it: a fresh role cannot be assumed and a fresh policy does
 * not apply until the delay has passed on the clock, while IAM's own APIs show both at once.
 */
class IamPropagationSdkTest {

    private static final String ROLE_ARN = "arn:aws:iam::000000000000:role/fresh";

    private WiredAws aws;
    private IamClient rootIam;
    private StsClient anonymousSts;

    @BeforeEach
    void start() {
        aws = new WiredAws(Duration.ofSeconds(10));
        rootIam = aws.rootClient(IamClient.builder());
        anonymousSts = aws.client(StsClient.builder(), AwsBasicCredentials.create("unused", "unused"));
    }

    @AfterEach
    void stop() {
        rootIam.close();
        anonymousSts.close();
        aws.close();
    }

    private Credentials assume() {
        return anonymousSts.assumeRoleWithWebIdentity(r -> r.roleArn(ROLE_ARN).roleSessionName("session")
                .webIdentityToken(aws.identityPoolToken(POOL, IDENTITY, AUTHENTICATED))).credentials();
    }

    @Test
    void aFreshRoleCannotBeAssumedUntilItHasPropagated() {
        rootIam.createRole(r -> r.roleName("fresh").assumeRolePolicyDocument(TRUST));
        assertThat(rootIam.getRole(r -> r.roleName("fresh")).role().arn()).isEqualTo(ROLE_ARN);

        assertThatThrownBy(this::assume)
                .satisfies(awsError("AccessDenied", 403, "Not authorized to perform sts:AssumeRoleWithWebIdentity"));

        aws.advance(Duration.ofSeconds(10));
        assertThat(assume().accessKeyId()).startsWith("ASIA");
    }

    @Test
    void aFreshPolicyAppliesOnlyOnceItHasPropagated() {
        rootIam.createRole(r -> r.roleName("fresh").assumeRolePolicyDocument(TRUST));
        aws.advance(Duration.ofSeconds(10));
        Credentials credentials = assume();
        rootIam.putRolePolicy(r -> r.roleName("fresh").policyName("read").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"iam:GetRole\",\"Resource\":\"*\"}}"));

        try (IamClient iam = aws.client(IamClient.builder(), AwsSessionCredentials.create(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken()))) {
            assertThatThrownBy(() -> iam.getRole(r -> r.roleName("fresh"))).satisfies(awsError("AccessDenied", 403));

            aws.advance(Duration.ofSeconds(10));
            assertThat(iam.getRole(r -> r.roleName("fresh")).role().roleName()).isEqualTo("fresh");
        }
    }
}
