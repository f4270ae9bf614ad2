package org.officeapi.emulator.lambda;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.officeapi.emulator.EmbeddedAws;
import org.officeapi.emulator.SdkClients;
import org.officeapi.emulator.lambda.fixtures.EchoHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CreateFunction checks the execution role as Lambda does: it must exist, as IAM has propagated it, and
 * trust {@code lambda.amazonaws.com} for {@code sts:AssumeRole}; otherwise one answer for all.
 */
class ExecutionRoleSdkTest {

    private static final String CANNOT_BE_ASSUMED = "The role defined for the function cannot be assumed by Lambda.";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private static EmbeddedAws aws;
    private static LambdaClient lambda;

    @BeforeAll
    static void start() {
        aws = EmbeddedAws.start();
        lambda = SdkClients.client(LambdaClient.builder(), aws);
    }

    @AfterAll
    static void stop() {
        lambda.close();
        aws.close();
    }

    private static CreateFunctionResponse create(LambdaClient client, String name, String roleArn) {
        return client.createFunction(r -> r.functionName(name).runtime("java17").role(roleArn).handler(EchoHandler.class.getName())
                .code(c -> c.zipFile(SdkBytes.fromByteArray(FixtureZips.of(EchoHandler.class)))));
    }

    private static void refused(LambdaClient client, String name, String roleArn) {
        assertThatThrownBy(() -> create(client, name, roleArn)).isInstanceOfSatisfying(LambdaException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException");
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(CANNOT_BE_ASSUMED);
        });
        assertThatThrownBy(() -> client.getFunction(r -> r.functionName(name)))
                .isInstanceOfSatisfying(LambdaException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    private static String trust(String principal, String action, String condition) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":" + principal
                + ",\"Action\":\"" + action + "\"" + (condition == null ? "" : ",\"Condition\":" + condition) + "}]}";
    }

    private static String name() {
        return "role-check-" + NAMES.incrementAndGet();
    }

    @Test
    void aRoleTrustingLambdaIsAccepted() {
        String role = ExecutionRoleFixtures.lambdaRole(aws, "trusts-lambda");

        assertThat(create(lambda, name(), role).role()).isEqualTo(role);
    }

    @Test
    void aRoleThatDoesNotExistIsRefused() {
        refused(lambda, name(), "arn:aws:iam::000000000000:role/never-created");
    }

    @Test
    void aRoleOfAnotherAccountIsRefused() {
        ExecutionRoleFixtures.lambdaRole(aws, "here-only");

        refused(lambda, name(), "arn:aws:iam::111111111111:role/here-only");
    }

    @Test
    void aRoleTrustingAnotherServiceIsRefused() {
        String role = ExecutionRoleFixtures.role(aws, "trusts-ec2", trust("{\"Service\":\"ec2.amazonaws.com\"}", "sts:AssumeRole", null));

        refused(lambda, name(), role);
    }

    @Test
    void aRoleTrustingLambdaForAnotherActionIsRefused() {
        String role = ExecutionRoleFixtures.role(aws, "lambda-web-identity",
                trust("{\"Service\":\"lambda.amazonaws.com\"}", "sts:AssumeRoleWithWebIdentity", null));

        refused(lambda, name(), role);
    }

    @Test
    void aCognitoRoleIsNotAnExecutionRole() {
        String role = ExecutionRoleFixtures.role(aws, "cognito-role",
                trust("{\"Federated\":\"cognito-identity.amazonaws.com\"}", "sts:AssumeRoleWithWebIdentity", null));

        refused(lambda, name(), role);
    }

    @Test
    void aTrustPolicyMayNameTheFunctionsAccount() {
        String ours = ExecutionRoleFixtures.role(aws, "our-account", trust("{\"Service\":\"lambda.amazonaws.com\"}", "sts:AssumeRole",
                "{\"StringEquals\":{\"aws:SourceAccount\":\"000000000000\"}}"));
        String theirs = ExecutionRoleFixtures.role(aws, "their-account", trust("{\"Service\":\"lambda.amazonaws.com\"}", "sts:AssumeRole",
                "{\"StringEquals\":{\"aws:SourceAccount\":\"111111111111\"}}"));

        assertThat(create(lambda, name(), ours).role()).isEqualTo(ours);
        refused(lambda, name(), theirs);
    }

    @Test
    void aFreshRoleCannotBeAssumedUntilIamHasPropagatedIt() {
        try (EmbeddedAws slow = EmbeddedAws.builder().port(0).iamPropagationDelay(Duration.ofSeconds(10)).start();
             LambdaClient client = SdkClients.client(LambdaClient.builder(), slow)) {
            String role = ExecutionRoleFixtures.lambdaRole(slow, "fresh");

            refused(client, "fresh-fn", role);

            slow.clock().advance(Duration.ofSeconds(10));
            assertThat(create(client, "fresh-fn", role).functionName()).isEqualTo("fresh-fn");
        }
    }
}
