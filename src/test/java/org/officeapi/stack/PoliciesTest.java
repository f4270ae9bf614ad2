package org.officeapi.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PoliciesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theTrustPolicyAdmitsOnlyAuthenticatedIdentitiesOfThePool() throws Exception {
        JsonNode statement = JSON.readTree(Policies.cognitoTrust("us-east-1:1234")).at("/Statement/0");

        assertThat(statement.at("/Principal/Federated").asText()).isEqualTo("cognito-identity.amazonaws.com");
        assertThat(statement.at("/Action").asText()).isEqualTo("sts:AssumeRoleWithWebIdentity");
        assertThat(statement.at("/Condition/StringEquals/cognito-identity.amazonaws.com:aud").asText()).isEqualTo("us-east-1:1234");
        assertThat(statement.at("/Condition/ForAnyValue:StringLike/cognito-identity.amazonaws.com:amr").asText()).isEqualTo("authenticated");
    }

    @Test
    void theInvokePolicyNamesEachMethodOnAnyStage() throws Exception {
        JsonNode statement = JSON.readTree(Policies.mayInvoke("us-east-1", "123456789012", "abc123",
                List.of(new ApiResource("GET", "/user", "Hello user")))).at("/Statement/0");

        assertThat(statement.at("/Effect").asText()).isEqualTo("Allow");
        assertThat(statement.at("/Action/0").asText()).isEqualTo("execute-api:Invoke");
        assertThat(statement.at("/Resource/0").asText()).isEqualTo("arn:aws:execute-api:us-east-1:123456789012:abc123/*/GET/user");
    }

    @Test
    void theLambdaPoliciesAreValidJson() throws Exception {
        assertThat(JSON.readTree(Policies.lambdaTrust()).at("/Statement/0/Principal/Service").asText()).isEqualTo("lambda.amazonaws.com");
        assertThat(JSON.readTree(Policies.lambdaLogs()).at("/Statement/0/Action").size()).isEqualTo(3);
    }
}
