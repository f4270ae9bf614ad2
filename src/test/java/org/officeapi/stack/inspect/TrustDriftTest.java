package org.officeapi.stack.inspect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrustDriftTest {

    private static final String POOL = "us-east-1:11111111-2222-3333-4444-555555555555";

    private static String trust(String conditions) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"cognito-identity.amazonaws.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{" + conditions + "}}]}";
    }

    @Test
    void theWalkthroughsTrustIsRight() {
        assertThat(TrustDrift.problem(trust("\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\"" + POOL + "\"},"
                + "\"ForAnyValue:StringLike\":{\"cognito-identity.amazonaws.com:amr\":\"authenticated\"}"), POOL)).isNull();
        assertThat(TrustDrift.problem(trust("\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":[\"other\",\"" + POOL + "\"]},"
                + "\"ForAnyValue:StringLike\":{\"cognito-identity.amazonaws.com:amr\":[\"authenticated\"]}"), POOL)).isNull();
    }

    @Test
    void aTrustWithoutTheAudienceConditionTrustsEveryPool() {
        assertThat(TrustDrift.problem(trust("\"ForAnyValue:StringLike\":{\"cognito-identity.amazonaws.com:amr\":\"authenticated\"}"), POOL))
                .startsWith("trusts Cognito identities of any identity pool");
    }

    @Test
    void anotherPoolOrGuestsOrAnotherPrincipalAreDrift() {
        assertThat(TrustDrift.problem(trust("\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\"us-east-1:other\"}"), POOL))
                .startsWith("trusts identity pool \"us-east-1:other\"");
        assertThat(TrustDrift.problem(trust("\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\"" + POOL + "\"}"), POOL))
                .startsWith("does not limit its trust to authenticated identities");
        assertThat(TrustDrift.problem("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                + "\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}", POOL)).startsWith("does not trust cognito-identity.amazonaws.com");
        assertThat(TrustDrift.problem("not json", POOL)).isEqualTo("has a trust policy that is not JSON");
    }
}
