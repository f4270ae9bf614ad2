package org.officeapi.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigateway.model.ApiGatewayException;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A role session's control-plane calls are decided by IAM on the action and resource each service names
 * them by: API Gateway's HTTP verbs on paths, Lambda's {@code lambda:InvokeFunction} on function ARNs,
 * the identity pool's ARN.
 */
class ControlPlaneAuthorizationSdkTest {

    private static final String POOL = WebIdentitySessionsSdkTest.POOL;

    private WiredAws aws;
    private IamClient rootIam;
    private AwsSessionCredentials session;

    @BeforeEach
    void aRoleSession() {
        aws = new WiredAws(Duration.ZERO);
        rootIam = aws.rootClient(IamClient.builder());
        rootIam.createRole(r -> r.roleName("Operator").assumeRolePolicyDocument(WebIdentitySessionsSdkTest.TRUST));
        try (StsClient anonymous = aws.client(StsClient.builder(), AwsBasicCredentials.create("unused", "unused"))) {
            Credentials c = anonymous.assumeRoleWithWebIdentity(r -> r.roleArn("arn:aws:iam::000000000000:role/Operator")
                    .roleSessionName("ops").webIdentityToken(aws.identityPoolToken(POOL, "us-east-1:identity-1",
                            List.of("authenticated", "cognito-idp.us-east-1.amazonaws.com/us-east-1_pool")))).credentials();
            session = AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
        }
    }

    @AfterEach
    void stop() {
        rootIam.close();
        aws.close();
    }

    private void allow(String actions, String resources) {
        rootIam.putRolePolicy(r -> r.roleName("Operator").policyName("ops").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":" + actions + ",\"Resource\":" + resources + "}}"));
    }

    @Test
    void apiGatewayIsAuthorizedByHttpVerbOnThePath() {
        allow("\"apigateway:GET\"", "\"arn:aws:apigateway:us-east-1::/restapis\"");
        try (ApiGatewayClient apigateway = aws.client(ApiGatewayClient.builder(), session)) {
            assertThat(apigateway.getRestApis().items()).isEmpty();
            assertThatThrownBy(() -> apigateway.createRestApi(r -> r.name("x")))
                    .isInstanceOfSatisfying(ApiGatewayException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorMessage()).contains("apigateway:POST on resource: arn:aws:apigateway:us-east-1::/restapis");
                    });
        }
    }

    @Test
    void lambdaInvokeIsAuthorizedAsInvokeFunctionOnTheFunctionArn() {
        allow("\"lambda:InvokeFunction\"", "\"arn:aws:lambda:us-east-1:000000000000:function:allowed\"");
        try (LambdaClient lambda = aws.client(LambdaClient.builder(), session)) {
            assertThatThrownBy(() -> lambda.invoke(r -> r.functionName("other")))
                    .isInstanceOfSatisfying(LambdaException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                            .contains("lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:000000000000:function:other"));
            // allowed by IAM, so the call reaches Lambda, which knows no such function
            assertThatThrownBy(() -> lambda.invoke(r -> r.functionName("allowed")))
                    .isInstanceOfSatisfying(LambdaException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
        }
    }

    @Test
    void identityPoolCallsAreAuthorizedOnThePoolsArn() {
        allow("\"cognito-identity:DescribeIdentityPool\"", "\"arn:aws:cognito-identity:us-east-1:000000000000:identitypool/us-east-1:*\"");
        try (CognitoIdentityClient identity = aws.client(CognitoIdentityClient.builder(), session)) {
            assertThatThrownBy(() -> identity.describeIdentityPool(r -> r.identityPoolId("us-east-1:00000000-0000-0000-0000-000000000000")))
                    .isInstanceOfSatisfying(CognitoIdentityException.class, e -> assertThat(e.awsErrorDetails().errorCode())
                            .isEqualTo("ResourceNotFoundException"));
            assertThatThrownBy(() -> identity.listIdentityPools(r -> r.maxResults(10)))
                    .isInstanceOfSatisfying(CognitoIdentityException.class, e -> assertThat(e.awsErrorDetails().errorCode())
                            .isEqualTo("AccessDeniedException"));
        }
    }
}
